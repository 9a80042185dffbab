package vn.ishc.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock business dates are read from. By default the real time in Asia/Ho_Chi_Minh; with
 * {@code ishc.clock} (environment {@code ISHC_CLOCK}) it starts at the instant given and runs on from
 * there, so a test run, a training installation or a demonstration sees the same "today" on any day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ishc.clock:}") String start) {
        Clock system = Clock.system(BusinessCalendar.ZONE);
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant from = startOf(start.strip());
        log.warn("The business clock starts at {} (ishc.clock), not at the real time", from.atZone(BusinessCalendar.ZONE));
        return Clock.offset(system, Duration.between(system.instant(), from));
    }

    /** An ISO date-time with its offset ({@code 2027-01-02T09:00:00+07:00}), or a date (09:00 in Việt Nam that day). */
    static Instant startOf(String start) {
        try {
            if (start.length() == 10) {
                return LocalDate.parse(start).atTime(LocalTime.of(9, 0)).atZone(BusinessCalendar.ZONE).toInstant();
            }
            return OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ishc.clock (ISHC_CLOCK) must be a date-time with its offset, such as "
                    + "2027-01-02T09:00:00+07:00, or a date such as 2027-01-02; it is \"" + start + "\"", e);
        }
    }
}
