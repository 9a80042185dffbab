package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeetingReadingRulesTest {

    static ReadingValues bp(int systolic, int diastolic) {
        return new ReadingValues(systolic, diastolic, null, null, null);
    }

    @Test
    void aReadingAtOrAbove140Over90IsHighAndAtOrAbove180Over110Urgent() {
        assertThat(PressureLevel.of(139, 89)).isEqualTo(PressureLevel.NORMAL);
        assertThat(PressureLevel.of(140, 80)).isEqualTo(PressureLevel.HIGH);
        assertThat(PressureLevel.of(130, 90)).isEqualTo(PressureLevel.HIGH);
        assertThat(PressureLevel.of(179, 109)).isEqualTo(PressureLevel.HIGH);
        assertThat(PressureLevel.of(180, 100)).isEqualTo(PressureLevel.URGENT);
        assertThat(PressureLevel.of(170, 110)).isEqualTo(PressureLevel.URGENT);
    }

    @Test
    void valuesOutsideThePlausibleRangesAreRefusedNamingTheFieldAndThePerson() {
        ReadingValues v = new ReadingValues(261, 29, 221, new BigDecimal("24.9"), null);
        assertThat(v.problems("rows[4].", "Lê Thị Lan")).extracting(Problem::field)
                .containsExactly("rows[4].systolic", "rows[4].diastolic", "rows[4].pulse", "rows[4].weightKg");
        assertThat(v.problems("rows[4].", "Lê Thị Lan").get(0).arguments()).containsExactly("Lê Thị Lan", 261, 60, 260);
        assertThat(new ReadingValues(60, 30, 30, new BigDecimal("25"), null).problems("", "x")).isEmpty();
        assertThat(new ReadingValues(260, 159, 220, new BigDecimal("200.0"), true).problems("", "x")).isEmpty();
        assertThat(new ReadingValues(null, null, null, new BigDecimal("52.25"), null).problems("", "x"))
                .extracting(Problem::messageKey).containsExactly("health.weightKg.precision");
    }

    @Test
    void theSystolicMustBeAboveTheDiastolicAndNeitherComesAlone() {
        assertThat(bp(90, 90).problems("", "x")).extracting(Problem::messageKey).containsExactly("health.pressure.order");
        assertThat(new ReadingValues(120, null, 70, null, null).problems("", "x")).extracting(Problem::field)
                .containsExactly("diastolic");
    }

    @Test
    void anUrgentReadingAsksWhetherAReferralWasMadeAndOnlyAnUrgentOneKeepsTheAnswer() {
        assertThat(bp(185, 100).problems("rows[0].", "x")).extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rows[0].referralMade", "health.referral.ask"));
        assertThat(new ReadingValues(185, 100, null, null, false).problems("", "x")).isEmpty();
        assertThat(new ReadingValues(150, 95, null, null, true).normalised().referralMade()).isNull();
        assertThat(new ReadingValues(185, 100, null, null, true).normalised().referralMade()).isTrue();
    }

    @Test
    void theBmiIsTheLatestWeightOverTheHeightSquared() {
        assertThat(HealthRecord.bmi(new BigDecimal("52.0"), 155)).isEqualByComparingTo("21.6");
    }

    @Test
    void theGridsDigitsAndTheFormsNamesBothGiveAnAttendance() {
        assertThat(AttendanceStatus.parse("1")).contains(AttendanceStatus.PRESENT);
        assertThat(AttendanceStatus.parse(" x ")).contains(AttendanceStatus.PRESENT);
        assertThat(AttendanceStatus.parse("2")).contains(AttendanceStatus.EXCUSED);
        assertThat(AttendanceStatus.parse("ABSENT")).contains(AttendanceStatus.ABSENT);
        assertThat(AttendanceStatus.parse("7")).isEmpty();
    }
}
