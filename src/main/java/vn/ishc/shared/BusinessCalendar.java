package vn.ishc.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Vietnamese dates: "today" is the date in Asia/Ho_Chi_Minh. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private BusinessCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
