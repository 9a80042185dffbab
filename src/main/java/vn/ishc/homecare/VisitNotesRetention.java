package vn.ishc.homecare;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.ExpiringRecords;

/** The observations typed on home visits made before the day are cleared; the visit, its tasks and reading stay. */
@Component
class VisitNotesRetention implements ExpiringRecords {

    private final JdbcClient jdbc;

    VisitNotesRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.VISIT_NOTES;
    }

    @Override
    public int expire(LocalDate before) {
        return jdbc.sql("update home_visit set observations = null where visited_on < :before and observations is not null")
                .param("before", before).update();
    }
}
