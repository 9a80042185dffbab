package vn.ishc.homecare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * Visits against care plans: for a club's month (the club's month page and home-care page) and for a
 * volunteer's own recipients this week or month.
 *
 * <p>How many visits a month's plan asks for: a MONTH plan its number of visits; a WEEK plan its number
 * of visits times the ISO weeks (Monday to Sunday) that start in the month, so that a week spanning two
 * months counts once, in the month of its Monday. Only weeks starting on or after the Monday of the
 * week the recipient came into care, and before their care ended, count. The plan used is the one in
 * force on the last day of the month (or the day care ended); a recipient without a plan then is left
 * out. Visits are counted by their day within the month.
 */
@Service
@Transactional(readOnly = true)
public class HomeCareProgress {

    private final JdbcClient jdbc;
    private final HomeCareTeam team;
    private final CarePlans plans;

    HomeCareProgress(JdbcClient jdbc, HomeCareTeam team, CarePlans plans) {
        this.jdbc = jdbc;
        this.team = team;
        this.plans = plans;
    }

    /** The club's visits planned and made in a month, recipient by recipient, within the caller's area. */
    public HomeCareMonth month(UUID clubId, YearMonth month, AreaScope scope) {
        List<RecipientProgress> rows = new ArrayList<>();
        int planned = 0;
        int done = 0;
        for (CareRecipient r : team.recipientsOf(clubId, scope)) {
            if (r.from().isAfter(month.atEndOfMonth()) || r.endedOn() != null && r.endedOn().isBefore(month.atDay(1))) {
                continue;
            }
            LocalDate last = r.endedOn() != null && r.endedOn().isBefore(month.atEndOfMonth()) ? r.endedOn()
                    : month.atEndOfMonth();
            CarePlan plan = plans.planOn(r.id(), last);
            if (plan == null) {
                continue;
            }
            int due = plannedIn(plan, r, month);
            int made = visits(r.id(), month.atDay(1), month.atEndOfMonth());
            rows.add(new RecipientProgress(r.id(), r.name(), r.member(), r.village(), plan, due, made, lastVisit(r.id())));
            planned += due;
            done += made;
        }
        return new HomeCareMonth(clubId, month, planned, done, rows);
    }

    /**
     * The recipients a volunteer is assigned to on a day, each with the visits due and made in the plan's
     * current period: the ISO week of the day for a WEEK plan, its month for a MONTH plan.
     */
    public List<RecipientProgress> due(UUID volunteerId, LocalDate day, AreaScope scope) {
        team.volunteer(volunteerId, scope);
        List<UUID> ids = jdbc.sql("select distinct a.recipient_id from care_assignment a join care_recipient r "
                        + "on r.id = a.recipient_id where a.volunteer_id = :v and a.from_date <= :d "
                        + "and (a.until_date is null or a.until_date >= :d) and r.ended_on is null")
                .param("v", volunteerId).param("d", day).query(UUID.class).list();
        List<RecipientProgress> rows = new ArrayList<>();
        for (UUID id : ids) {
            CareRecipient r = team.findRecipient(id);
            CarePlan plan = plans.planOn(id, day);
            int planned = plan == null ? 0 : plan.visits();
            LocalDate from = plan != null && plan.per() == PlanPeriod.WEEK ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
            LocalDate to = plan != null && plan.per() == PlanPeriod.WEEK ? day.with(DayOfWeek.SUNDAY)
                    : day.with(TemporalAdjusters.lastDayOfMonth());
            rows.add(new RecipientProgress(id, r.name(), r.member(), r.village(), plan, planned, visits(id, from, to),
                    lastVisit(id)));
        }
        // Those with most visits still due come first.
        rows.sort(java.util.Comparator.comparingInt(RecipientProgress::missing).reversed()
                .thenComparing(RecipientProgress::name));
        return rows;
    }

    /** Visits a plan asks for in a month, for a recipient in care during (part of) it. */
    static int plannedIn(CarePlan plan, CareRecipient r, YearMonth month) {
        if (plan.per() == PlanPeriod.MONTH) {
            return plan.visits();
        }
        LocalDate firstWeek = r.from().with(DayOfWeek.MONDAY);
        int weeks = 0;
        for (LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
             !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            if (!monday.isBefore(firstWeek) && (r.endedOn() == null || !monday.isAfter(r.endedOn()))) {
                weeks++;
            }
        }
        return plan.visits() * weeks;
    }

    private int visits(UUID recipientId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from home_visit where recipient_id = :r and visited_on between :f and :t")
                .param("r", recipientId).param("f", from).param("t", to).query(Integer.class).single();
    }

    private LocalDate lastVisit(UUID recipientId) {
        return jdbc.sql("select visited_on from home_visit where recipient_id = :r order by visited_on desc limit 1")
                .param("r", recipientId).query(LocalDate.class).optional().orElse(null);
    }
}
