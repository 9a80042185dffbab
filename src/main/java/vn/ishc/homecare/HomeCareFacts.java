package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * What the indicators count of some clubs' home care, for the reporting pipeline: volunteers and
 * recipients with their dates, and the days visits were made. No names; nation's scope only.
 */
@Service
@Transactional(readOnly = true)
public class HomeCareFacts {

    private final JdbcClient jdbc;

    HomeCareFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Someone caring or cared for from a day to a day (inclusive; null while it goes on). */
    public record Span(UUID clubId, LocalDate from, LocalDate endedOn) {

        public boolean on(LocalDate day) {
            return !from.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    /** A visit made on a day. */
    public record Visit(UUID clubId, LocalDate on) {
    }

    /** Trained volunteers from their training day (their record's day when none is given). */
    public List<Span> volunteers(Collection<UUID> clubIds, AreaScope scope) {
        requireNation(scope);
        return jdbc.sql("select club_id, coalesce(trained_on, cast(created_at at time zone 'Asia/Ho_Chi_Minh' as date)) as f, "
                        + "ended_on from homecare_volunteer where club_id = any(:clubs)")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Span(rs.getObject("club_id", UUID.class), rs.getObject("f", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class))).list();
    }

    public List<Span> recipients(Collection<UUID> clubIds, AreaScope scope) {
        requireNation(scope);
        return jdbc.sql("select club_id, from_date, ended_on from care_recipient where club_id = any(:clubs)")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Span(rs.getObject("club_id", UUID.class), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class))).list();
    }

    public List<Visit> visits(Collection<UUID> clubIds, AreaScope scope) {
        requireNation(scope);
        return jdbc.sql("select club_id, visited_on from home_visit where club_id = any(:clubs)")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Visit(rs.getObject("club_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class))).list();
    }

    private static void requireNation(AreaScope scope) {
        if (!scope.isNation()) {
            throw new IllegalArgumentException("Reporting facts are read for the nation only");
        }
    }
}
