package vn.ishc.homecare;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/** Held visits decided (saved or dropped) before the day are removed. */
@Component
class HeldVisitsRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    HeldVisitsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.HELD_SUBMISSIONS;
    }

    @Override
    public int expire(LocalDate before) {
        return jdbc.sql("delete from held_visit_submission where resolved_at < :before")
                .param("before", java.sql.Timestamp.from(before.atStartOfDay(BusinessCalendar.ZONE).toInstant())).update();
    }
}
