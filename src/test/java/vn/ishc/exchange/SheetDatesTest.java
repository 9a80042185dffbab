package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every import reads a date the same way, whichever habit wrote it. */
class SheetDatesTest {

    @Test
    void readsEveryHabitOfWritingADate() {
        LocalDate day = LocalDate.of(2024, 3, 5);
        for (String written : new String[] {"05/03/2024", "5/3/2024", "5.3.2024", "5-3-2024", "5 / 3 / 2024",
                "2024-03-05", "ngày 5 tháng 3 năm 2024", "Ngay 5 thang 3 nam 2024", "5 tháng 3 2024"}) {
            assertThat(SheetDates.parse(written)).as(written).contains(day);
        }
    }

    @Test
    void refusesWhatIsNoDay() {
        for (String written : new String[] {"31/02/2024", "2024", "03/2024", "mùng năm", "", "5/3/24"}) {
            assertThat(SheetDates.parse(written)).as(written).isEmpty();
        }
        assertThat(SheetDates.parse(null)).isEmpty();
    }
}
