package vn.ishc.meetings;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/** Held meetings decided (saved or dropped) before the day are removed. */
@Component
class HeldMeetingsRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    HeldMeetingsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.HELD_SUBMISSIONS;
    }

    @Override
    public int expire(LocalDate before) {
        return jdbc.sql("delete from held_meeting_submission where resolved_at < :before")
                .param("before", java.sql.Timestamp.from(before.atStartOfDay(BusinessCalendar.ZONE).toInstant())).update();
    }
}
