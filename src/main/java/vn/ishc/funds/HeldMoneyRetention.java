package vn.ishc.funds;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/** Held money decided (saved or dropped) before the day are removed; the ledger is never touched. */
@Component
class HeldMoneyRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    HeldMoneyRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.HELD_SUBMISSIONS;
    }

    @Override
    public int expire(LocalDate before) {
        return jdbc.sql("delete from held_money_submission where resolved_at < :before")
                .param("before", java.sql.Timestamp.from(before.atStartOfDay(BusinessCalendar.ZONE).toInstant())).update();
    }
}
