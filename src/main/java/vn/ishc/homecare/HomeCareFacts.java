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

    /**
     * A person in care from a day to a day, with their care plans and the days they were visited: what
     * a month's plan asks and whether they were visited as it asks, by the rule of {@link HomeCareProgress}.
     */
    public record Cared(UUID clubId, UUID recipientId, LocalDate from, LocalDate endedOn, List<CarePlan> plans,
                        List<LocalDate> visits) {

        /** The visits the plan in force at the month's end (or when care ended) asks for in the month; 0 without one. */
        public int plannedIn(java.time.YearMonth month) {
            if (from.isAfter(month.atEndOfMonth()) || endedOn != null && endedOn.isBefore(month.atDay(1))) {
                return 0;
            }
            LocalDate last = endedOn != null && endedOn.isBefore(month.atEndOfMonth()) ? endedOn : month.atEndOfMonth();
            CarePlan plan = null;
            for (CarePlan p : plans) {
                if (!p.validFrom().isAfter(last)) {
                    plan = p;
                }
            }
            return plan == null ? 0 : HomeCareProgress.plannedIn(plan, new CareRecipient(recipientId, clubId, null, null,
                    null, java.util.Set.of(), from, endedOn, null, 0), month);
        }

        public long visitedBetween(LocalDate first, LocalDate last) {
            return visits.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
        }
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

    /** The recipients of some clubs with their plans (oldest first) and visits. */
    public List<Cared> cared(Collection<UUID> clubIds, AreaScope scope) {
        requireNation(scope);
        UUID[] clubs = clubIds.toArray(UUID[]::new);
        java.util.Map<UUID, List<CarePlan>> plans = new java.util.HashMap<>();
        jdbc.sql("select p.recipient_id, p.valid_from, p.visits, p.per from care_plan p join care_recipient r "
                        + "on r.id = p.recipient_id where r.club_id = any(:clubs) order by p.recipient_id, p.valid_from")
                .param("clubs", clubs)
                .query((rs, n) -> plans.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(new CarePlan(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3),
                                PlanPeriod.valueOf(rs.getString(4)), java.util.Set.of()))).list();
        java.util.Map<UUID, List<LocalDate>> visits = new java.util.HashMap<>();
        jdbc.sql("select recipient_id, visited_on from home_visit where club_id = any(:clubs)").param("clubs", clubs)
                .query((rs, n) -> visits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class))).list();
        return jdbc.sql("select id, club_id, from_date, ended_on from care_recipient where club_id = any(:clubs)")
                .param("clubs", clubs)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Cared(rs.getObject("club_id", UUID.class), id, rs.getObject("from_date", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class), plans.getOrDefault(id, List.of()),
                            visits.getOrDefault(id, List.of()));
                }).list();
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
