package vn.ishc.homecare;

import static vn.ishc.homecare.Rows.missing;
import static vn.ishc.homecare.Rows.text;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.NewReading;
import vn.ishc.meetings.PressureLevel;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.Reading;
import vn.ishc.meetings.ReadingOrigin;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/**
 * Records home visits. A visit is checked whole before anything is saved: the day (not in the future,
 * within the recipient's care), each volunteer assigned to the recipient that day, the blood pressure's
 * range and, for an urgent one, the referral answer. One visit is one transaction; sending the same
 * visit id again returns the visit already saved. Each visit is published as {@link VisitRecorded}.
 */
@Service
@Transactional
public class HomeVisits {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final HomeCareTeam team;
    private final HealthRecords health;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeVisits(JdbcClient jdbc, Clubs clubs, HomeCareTeam team, HealthRecords health, ApplicationEventPublisher events,
               Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.team = team;
        this.health = health;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a visit. When {@code byVolunteer} (the caller signs in as a home-care volunteer), the
     * caller's own volunteer must be among the visit's volunteers.
     */
    public HomeVisit record(NewVisit v, String actor, boolean byVolunteer, AreaScope scope) {
        if (v == null || v.recipientId() == null) {
            throw missing("recipientId");
        }
        CareRecipient r = team.recipient(v.recipientId(), scope);
        Club club = clubs.get(r.clubId(), scope);
        if (v.id() != null) {
            HomeVisit existing = find(v.id());
            if (existing != null && existing.recipientId().equals(r.id())) {
                return existing;
            }
            if (existing != null) {
                throw new InvalidInputException("homecare.visit.idTaken", "id");
            }
        }
        LocalDate day = checkDay(r, v.visitedOn());
        List<Volunteer> volunteers = checkVolunteers(r, v.volunteerIds(), day, actor, byVolunteer);
        Set<CareTask> tasks = Rows.copy(CareTask.class, v.tasks());
        if (tasks.isEmpty()) {
            throw missing("tasks");
        }
        String observations = text(v.observations(), "observations", 2000);
        ReadingValues values = new ReadingValues(v.systolic(), v.diastolic(), v.pulse(), null, v.referralMade());
        List<Problem> problems = values.isEmpty() ? List.of() : values.problems("", r.name());
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
        boolean referred = Boolean.TRUE.equals(v.referralMade()) || v.referralTo() != null;
        ReferralDestination to = v.referralTo();
        if (referred && to == null) {
            throw missing("referralTo");
        }
        String reason = text(v.referralReason(), "referralReason", 1000);
        if (values.hasPressure() || values.pulse() != null) {
            tasks.add(CareTask.BLOOD_PRESSURE);
        }
        UUID id = v.id() == null ? UUID.randomUUID() : v.id();
        ReadingValues kept = values.isEmpty() ? null : values.normalised();
        boolean member = r.member();
        jdbc.sql("""
                insert into home_visit (id, recipient_id, club_id, visited_on, tasks, observations, systolic, diastolic,
                    pulse, level, referral_made, referral_to, referral_reason, created_by, updated_by)
                values (:id, :r, :club, :on, :tasks, :obs, :sys, :dia, :pulse, :level, :made, :to, :reason, :actor, :actor)""")
                .param("id", id).param("r", r.id()).param("club", club.id()).param("on", day)
                .param("tasks", Rows.join(tasks)).param("obs", observations)
                .param("sys", member || kept == null ? null : kept.systolic())
                .param("dia", member || kept == null ? null : kept.diastolic())
                .param("pulse", member || kept == null ? null : kept.pulse())
                .param("level", kept == null || kept.level() == null ? null : kept.level().name())
                .param("made", referred ? Boolean.TRUE : kept == null ? null : kept.referralMade())
                .param("to", to == null ? null : to.name())
                .param("reason", member ? null : reason).param("actor", actor).update();
        for (Volunteer vol : volunteers) {
            jdbc.sql("insert into home_visit_volunteer (visit_id, volunteer_id) values (:v, :vol)")
                    .param("v", id).param("vol", vol.id()).update();
        }
        if (member) {
            UUID readingId = null;
            if (kept != null) {
                Reading reading = health.record(new NewReading(null, r.personId(), club.id(), day, ReadingOrigin.HOME_VISIT,
                        id, kept), actor, scope);
                readingId = reading.id();
            }
            UUID referralId = referred ? health.addReferral(r.personId(), day, to, reason, readingId, null, actor, scope).id()
                    : null;
            jdbc.sql("update home_visit set reading_id = :reading, referral_id = :referral where id = :id")
                    .param("reading", readingId).param("referral", referralId).param("id", id).update();
        }
        HomeVisit saved = find(id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recipient", r.name());
        detail.put("visitedOn", day.toString());
        detail.put("volunteers", volunteers.stream().map(Volunteer::name).toList());
        detail.put("tasks", Rows.join(tasks));
        events.publishEvent(new VisitRecorded(id, r.id(), club.id(), club.communeId(), club.areaPaths(),
                "homecare.visit.recorded", day, volunteers.size(), tasks.size(), member, kept != null && kept.hasPressure(),
                referred, actor, detail));
        return saved;
    }

    @Transactional(readOnly = true)
    public HomeVisit get(UUID id, AreaScope scope) {
        HomeVisit v = find(id);
        if (v == null) {
            throw new NotFoundException("homecare.visit.notFound", id);
        }
        clubs.get(v.clubId(), scope);
        return v;
    }

    /** A recipient's visits, latest first. */
    @Transactional(readOnly = true)
    public List<HomeVisit> visitsOf(UUID recipientId, AreaScope scope) {
        team.recipient(recipientId, scope);
        return jdbc.sql("select * from home_visit where recipient_id = :r order by visited_on desc, created_at desc")
                .param("r", recipientId).query(this::row).list();
    }

    /** The club's visits of a month, by day. */
    @Transactional(readOnly = true)
    public List<HomeVisit> visitsOfMonth(UUID clubId, YearMonth month, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from home_visit where club_id = :c and visited_on between :from and :to "
                        + "order by visited_on, created_at")
                .param("c", clubId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(this::row).list();
    }

    private LocalDate checkDay(CareRecipient r, LocalDate day) {
        if (day == null) {
            throw missing("visitedOn");
        }
        if (day.isAfter(BusinessCalendar.today(clock))) {
            throw new InvalidInputException("homecare.date.future", "visitedOn", day);
        }
        if (!r.inCareOn(day)) {
            throw new InvalidInputException("homecare.visit.notInCare", "visitedOn", r.name(), day, r.from());
        }
        return day;
    }

    private List<Volunteer> checkVolunteers(CareRecipient r, List<UUID> ids, LocalDate day, String actor,
                                            boolean byVolunteer) {
        Set<UUID> wanted = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
        }
        if (wanted.isEmpty()) {
            throw missing("volunteerIds");
        }
        List<Volunteer> volunteers = new ArrayList<>();
        for (UUID id : wanted) {
            Volunteer vol = team.findVolunteer(id);
            if (vol == null || !vol.clubId().equals(r.clubId())) {
                throw new InvalidInputException("homecare.volunteer.otherClub", "volunteerIds");
            }
            boolean assigned = jdbc.sql("select count(*) from care_assignment where recipient_id = :r and volunteer_id = :v "
                            + "and from_date <= :d and (until_date is null or until_date >= :d)")
                    .param("r", r.id()).param("v", id).param("d", day).query(Integer.class).single() > 0;
            if (!assigned) {
                throw new InvalidInputException("homecare.visit.notAssigned", "volunteerIds", vol.name(), r.name(), day);
            }
            volunteers.add(vol);
        }
        if (byVolunteer && volunteers.stream().noneMatch(vol -> actor.equals(vol.username()))) {
            throw new InvalidInputException("homecare.visit.notYours", "volunteerIds", r.name());
        }
        return volunteers;
    }

    private HomeVisit find(UUID id) {
        return jdbc.sql("select * from home_visit where id = :id").param("id", id).query(this::row).optional().orElse(null);
    }

    private HomeVisit row(ResultSet rs, int n) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Volunteer> volunteers = jdbc.sql("select v.* from home_visit_volunteer hv join homecare_volunteer v "
                        + "on v.id = hv.volunteer_id where hv.visit_id = :id order by v.name")
                .param("id", id).query(Rows.VOLUNTEER).list();
        String level = rs.getString("level");
        String to = rs.getString("referral_to");
        return new HomeVisit(id, rs.getObject("recipient_id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getObject("visited_on", LocalDate.class), volunteers, Rows.enums(CareTask.class, rs.getString("tasks")),
                rs.getString("observations"), (Integer) rs.getObject("systolic"), (Integer) rs.getObject("diastolic"),
                (Integer) rs.getObject("pulse"), level == null ? null : PressureLevel.valueOf(level),
                (Boolean) rs.getObject("referral_made"), to == null ? null : ReferralDestination.valueOf(to),
                rs.getString("referral_reason"), rs.getObject("reading_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getInt("version"));
    }
}
