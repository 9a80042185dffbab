package vn.ishc.homecare;

import static vn.ishc.homecare.Rows.missing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/**
 * Each care recipient's plan (visits a week or a month, tasks), kept from the day it is set so past
 * months are judged by the plan then in force, and the volunteers assigned to the recipient from a day
 * until a day. Changes are published as {@link HomeCareChanged} with before and after.
 */
@Service
@Transactional
public class CarePlans {

    private static final String ASSIGNMENTS = "select a.*, v.name as volunteer_name from care_assignment a "
            + "join homecare_volunteer v on v.id = a.volunteer_id";

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final HomeCareTeam team;
    private final Clock clock;

    CarePlans(JdbcClient jdbc, Clubs clubs, HomeCareTeam team, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.team = team;
        this.clock = clock;
    }

    /**
     * Sets the recipient's care plan from a day: so many visits a week (1–7) or a month (1–31), and the
     * tasks. Without a day, a first plan holds from the start of care (the months since are judged by it)
     * and a change from today. A plan set again for the same day replaces it; the audit keeps before and after.
     */
    public CarePlan setPlan(UUID recipientId, Integer visits, PlanPeriod per, Set<CareTask> tasks, LocalDate validFrom,
                            String actor, AreaScope scope) {
        CareRecipient r = team.recipient(recipientId, scope);
        Club club = clubs.get(r.clubId(), scope);
        if (per == null) {
            throw missing("per");
        }
        if (visits == null) {
            throw missing("visits");
        }
        int max = per == PlanPeriod.WEEK ? 7 : 31;
        if (visits < 1 || visits > max) {
            throw new InvalidInputException("homecare.plan.visits", "visits", visits, max);
        }
        Set<CareTask> t = Rows.copy(CareTask.class, tasks);
        if (t.isEmpty()) {
            throw missing("tasks");
        }
        boolean first = jdbc.sql("select count(*) from care_plan where recipient_id = :r").param("r", recipientId)
                .query(Integer.class).single() == 0;
        LocalDate from = validFrom != null ? validFrom : first ? r.from() : BusinessCalendar.today(clock);
        if (from.isBefore(r.from())) {
            from = r.from();
        }
        CarePlan before = planOn(recipientId, from);
        jdbc.sql("""
                insert into care_plan (recipient_id, valid_from, visits, per, tasks, recorded_by)
                values (:r, :from, :visits, :per, :tasks, :actor)
                on conflict (recipient_id, valid_from) do update set visits = excluded.visits, per = excluded.per,
                    tasks = excluded.tasks, recorded_at = now(), recorded_by = excluded.recorded_by""")
                .param("r", recipientId).param("from", from).param("visits", visits).param("per", per.name())
                .param("tasks", Rows.join(t)).param("actor", actor).update();
        CarePlan after = new CarePlan(recipientId, from, visits, per, t);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recipient", r.name());
        detail.put("before", before == null ? Map.of() : planValues(before));
        detail.put("after", planValues(after));
        team.publish(club, recipientId, "homecare.plan.set", from, actor, detail);
        return after;
    }

    /** The plan in force on a day, if any. */
    @Transactional(readOnly = true)
    public CarePlan plan(UUID recipientId, LocalDate day, AreaScope scope) {
        team.recipient(recipientId, scope);
        return planOn(recipientId, day);
    }

    /** Assigns a volunteer of the same club to a recipient from a day; an open assignment of the pair is returned as is. */
    public Assignment assign(UUID recipientId, UUID volunteerId, LocalDate from, String actor, AreaScope scope) {
        CareRecipient r = team.recipient(recipientId, scope);
        Club club = clubs.get(r.clubId(), scope);
        if (volunteerId == null) {
            throw missing("volunteerId");
        }
        Volunteer v = team.findVolunteer(volunteerId);
        if (v == null || !v.clubId().equals(r.clubId())) {
            throw new InvalidInputException("homecare.volunteer.otherClub", "volunteerId");
        }
        if (!v.active()) {
            throw new InvalidInputException("homecare.volunteer.ended", "volunteerId", v.name(), v.endedOn());
        }
        LocalDate day = from == null ? BusinessCalendar.today(clock) : from;
        if (day.isBefore(r.from())) {
            throw new InvalidInputException("homecare.date.beforeStart", "from", day, r.from());
        }
        var open = jdbc.sql(ASSIGNMENTS + " where a.recipient_id = :r and a.volunteer_id = :v and a.until_date is null")
                .param("r", recipientId).param("v", volunteerId).query(Rows.ASSIGNMENT).optional();
        if (open.isPresent()) {
            return open.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into care_assignment (id, recipient_id, volunteer_id, from_date, created_by) "
                        + "values (:id, :r, :v, :from, :actor)")
                .param("id", id).param("r", recipientId).param("v", volunteerId).param("from", day).param("actor", actor)
                .update();
        team.publish(club, id, "homecare.assignment.added", day, actor,
                Map.of("recipient", r.name(), "volunteer", v.name(), "from", day.toString()));
        return assignment(id);
    }

    /** Ends an assignment on a day. */
    public Assignment endAssignment(UUID assignmentId, LocalDate until, String actor, AreaScope scope) {
        Assignment a = assignment(assignmentId);
        if (a == null) {
            throw new NotFoundException("homecare.assignment.notFound", assignmentId);
        }
        CareRecipient r = team.recipient(a.recipientId(), scope);
        Club club = clubs.get(r.clubId(), scope);
        if (a.until() != null) {
            return a;
        }
        LocalDate day = until == null ? BusinessCalendar.today(clock) : until;
        if (day.isBefore(a.from())) {
            throw new InvalidInputException("homecare.date.beforeStart", "until", day, a.from());
        }
        jdbc.sql("update care_assignment set until_date = :d where id = :id").param("d", day).param("id", assignmentId)
                .update();
        team.publish(club, assignmentId, "homecare.assignment.ended", day, actor,
                Map.of("recipient", r.name(), "volunteer", a.volunteerName(), "until", day.toString()));
        return assignment(assignmentId);
    }

    /** A recipient's assignments, open ones first. */
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOf(UUID recipientId, AreaScope scope) {
        team.recipient(recipientId, scope);
        return jdbc.sql(ASSIGNMENTS + " where a.recipient_id = :r order by (a.until_date is null) desc, a.from_date desc")
                .param("r", recipientId).query(Rows.ASSIGNMENT).list();
    }

    /** The assignments of all the club's recipients, for its page. */
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOfClub(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql(ASSIGNMENTS + " where v.club_id = :c order by v.name collate \"vi-x-icu\", a.from_date").param("c", clubId)
                .query(Rows.ASSIGNMENT).list();
    }

    CarePlan planOn(UUID recipientId, LocalDate day) {
        return jdbc.sql("select * from care_plan where recipient_id = :r and valid_from <= :d order by valid_from desc limit 1")
                .param("r", recipientId).param("d", day).query(Rows.PLAN).optional().orElse(null);
    }

    private Assignment assignment(UUID id) {
        return jdbc.sql(ASSIGNMENTS + " where a.id = :id").param("id", id).query(Rows.ASSIGNMENT).optional().orElse(null);
    }

    private static Map<String, Object> planValues(CarePlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("validFrom", p.validFrom().toString());
        m.put("visits", p.visits());
        m.put("per", p.per().name());
        m.put("tasks", Rows.join(p.tasks()));
        return m;
    }
}
