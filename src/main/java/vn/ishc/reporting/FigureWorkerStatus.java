package vn.ishc.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the figure worker stands, for the operators: how far behind it is, the clubs waiting, the clubs whose
 * figures could not be computed with the error, and whether a rebuild runs. The same on every instance
 * (read from the database).
 */
@Service
public class FigureWorkerStatus {

    /** A club whose figures could not be computed, the error, and when it last failed. */
    public record FailedClub(UUID clubId, String error, Instant failedAt) {
    }

    /**
     * The worker's state: the age in seconds of the oldest change not yet counted (0 when none), the clubs
     * waiting, the clubs failed (the most recent first, at most as many as asked) and how many in all, and
     * since when a rebuild runs (as the worker wrote it), if one does.
     */
    public record Status(double lagSeconds, long waiting, long failedCount, List<FailedClub> failed,
                         Optional<String> rebuildingSince) {
    }

    private final JdbcClient jdbc;

    FigureWorkerStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Status now(int failedShown) {
        List<FailedClub> failed = jdbc.sql("""
                        select club_id, error, failed_at from rpt_failed order by failed_at desc, club_id limit :n""")
                .param("n", failedShown)
                .query((rs, n) -> new FailedClub(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        Optional<String> rebuilding = jdbc.sql("select value from rpt_state where name = 'rebuilding'")
                .query(String.class).optional();
        return new Status(lagSeconds(), waiting(), failedCount(), failed, rebuilding);
    }

    double lagSeconds() {
        return jdbc.sql("select coalesce(extract(epoch from now() - min(marked_at)), 0) from rpt_dirty")
                .query(Double.class).single();
    }

    long waiting() {
        return jdbc.sql("select count(distinct club_id) from rpt_dirty").query(Long.class).single();
    }

    long failedCount() {
        return jdbc.sql("select count(*) from rpt_failed").query(Long.class).single();
    }
}
