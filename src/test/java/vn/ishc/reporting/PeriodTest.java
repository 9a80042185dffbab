package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsAPeriodAsPeopleWriteIt() {
        assertThat(Period.parse("2024-12")).isEqualTo(Period.month(YearMonth.of(2024, 12)));
        assertThat(Period.parse("2024Q4")).isEqualTo(Period.quarter(2024, 4));
        assertThat(Period.parse(" 2024 ")).isEqualTo(Period.year(2024));
        assertThat(Period.parse("2024-01..2024-12")).isEqualTo(Period.year(2024));
        assertThat(Period.parse("2025-05/2025-08").code()).isEqualTo("2025-05..2025-08");
    }

    @Test
    void aMonthThatDoesNotExistIsNoPeriodAndSaysWhatWasWritten() {
        for (String text : new String[] {"2024-13", "2024-00", "2024-00..2024-05", "2024-01..2024-13", "2024-Q5", "2024-6"}) {
            assertThatThrownBy(() -> Period.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(text);
        }
    }
}
