package vn.ishc.identity;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/** The counts of failed sign-ins whose last failure, and any lock, ended before the day are removed. */
@Component
class SignInFailuresRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    SignInFailuresRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.SIGN_IN_FAILURES;
    }

    @Override
    public int expire(LocalDate before) {
        java.sql.Timestamp at = java.sql.Timestamp.from(before.atStartOfDay(BusinessCalendar.ZONE).toInstant());
        return jdbc.sql("delete from sign_in_failure where last_failure < :at and (locked_until is null or locked_until < :at)")
                .param("at", at).update();
    }
}
