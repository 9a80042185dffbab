package vn.ishc.members;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/** The lines of the health-read log written before the day are removed, by the one database function allowed to (never a line less than a year old). */
@Component
class HealthReadsRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    HealthReadsRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.HEALTH_READS;
    }

    @Override
    public int expire(LocalDate before) {
        return jdbc.sql("select health_read_expire(:before)")
                .param("before", java.sql.Timestamp.from(before.atStartOfDay(BusinessCalendar.ZONE).toInstant()))
                .query(Integer.class).single();
    }
}
