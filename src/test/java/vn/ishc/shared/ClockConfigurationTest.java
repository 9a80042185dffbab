package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    final ClockConfiguration configuration = new ClockConfiguration();

    @Test
    void withoutASettingTheClockIsTheRealTimeInVietNam() {
        Clock clock = configuration.clock("");
        assertThat(clock.getZone()).isEqualTo(BusinessCalendar.ZONE);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSettingStartsTheClockThereAndItRunsOn() throws InterruptedException {
        Clock clock = configuration.clock("2030-07-01T00:30:00+07:00");
        // Half past midnight in Việt Nam is still the last day of June in UTC: the business date is Việt Nam's.
        assertThat(BusinessCalendar.today(clock)).isEqualTo(LocalDate.of(2030, 7, 1));
        Instant first = clock.instant();
        assertThat(Duration.between(Instant.parse("2030-06-30T17:30:00Z"), first).abs()).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);
    }

    @Test
    void aDateAloneStartsAtNineInTheMorningInVietNam() {
        assertThat(ClockConfiguration.startOf("2027-01-02")).isEqualTo(Instant.parse("2027-01-02T02:00:00Z"));
        assertThat(ClockConfiguration.startOf("2027-01-02T09:00:00+07:00")).isEqualTo(Instant.parse("2027-01-02T02:00:00Z"));
    }

    @Test
    void aSettingThatIsNoMomentIsRefusedNamingItAndWhatItWas() {
        assertThatThrownBy(() -> configuration.clock("02/01/2027")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISHC_CLOCK").hasMessageContaining("02/01/2027");
    }
}
