package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorUnitsTest {

    @Test
    void aFigureThatCountsPersonsOnceIsInPeople() {
        assertThat(Arrays.stream(Indicator.values()).filter(Indicator::people))
                .allSatisfy(i -> assertThat(i.unit()).as("%s", i).isEqualTo(Indicator.Unit.PEOPLE));
    }

    @Test
    void aPerCentIsOfAnIndicatorInTheSameUnitAndTheExportsCarryIt() {
        for (Indicator i : Indicator.values()) {
            i.perCentOf().ifPresent(of -> {
                assertThat(of.unit()).as("%s of %s", i, of).isEqualTo(i.unit());
                assertThat(Share.ALL).as("%s", i).contains(new Share(i.name(), Map.of(), of.name()));
            });
        }
        assertThat(Share.ALL.stream().filter(s -> s.dims().isEmpty()).map(Share::numerator))
                .allSatisfy(code -> assertThat(Indicator.of(code).flatMap(Indicator::perCentOf)).as(code).isPresent());
    }

    @Test
    void moneyIsInDongAndACodeOfNoIndicatorIsACount() {
        assertThat(Indicator.inDong("PAR30")).isTrue();
        assertThat(Indicator.inDong("MEMBERS")).isFalse();
        assertThat(Indicator.inDong("NOT_A_CODE")).isFalse();
        assertThat(Indicator.LOAN_LOSS_PROVISION.unit()).isEqualTo(Indicator.Unit.DONG);
    }
}
