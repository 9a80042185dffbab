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
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
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
    private final MessageSource messages;

    /** The language of the records that people read in the health record. */
    private static final Locale RECORDS = Locale.forLanguageTag("vi");

    HomeVisits(JdbcClient jdbc, Clubs clubs, HomeCareTeam team, HealthRecords health, ApplicationEventPublisher events,
               Clock clock, MessageSource messages) {
        this.messages = messages;
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
                // The same visit sent again (its answer lost on a weak signal) is the visit saved the first time;
                // the same id with other values is another visit under a used id: refused, never merged.
                if (sameVisit(withReading(existing, r, scope), v)) {
                    return existing;
                }
                throw new InvalidInputException("homecare.visit.idReused", "id", existing.visitedOn());
            }
            if (existing != null) {
                throw new InvalidInputException("homecare.visit.idTaken", "id");
            }
        }
        Checked c = check(r, v, actor, byVolunteer);
        UUID id = v.id() == null ? UUID.randomUUID() : v.id();
        jdbc.sql("""
                insert into home_visit (id, recipient_id, club_id, visited_on, tasks, observations, systolic, diastolic,
                    pulse, level, referral_made, referral_to, referral_reason, referral_cause, created_by, updated_by)
                values (:id, :r, :club, :on, :tasks, :obs, :sys, :dia, :pulse, :level, :made, :to, :reason, :cause, :actor,
                    :actor)""")
                .params(params(r, c)).param("id", id).param("club", club.id()).param("actor", actor).update();
        writeVolunteers(id, c.volunteers());
        healthRecord(r, club, id, c, null, actor, scope);
        publish(r, club, id, "homecare.visit.recorded", c, actor, summary(r, c));
        return find(id);
    }

    /**
     * Corrects a visit as read at {@code expectedVersion}, with the same checks as a new one. A member's
     * reading in the health record is corrected (it keeps its earlier version) and cannot be taken away
     * here; a referral once made stays on record.
     */
    public HomeVisit correct(UUID visitId, NewVisit v, int expectedVersion, String actor, boolean byVolunteer,
                             AreaScope scope) {
        HomeVisit before = get(visitId, scope);
        CareRecipient r = team.recipient(before.recipientId(), scope);
        Club club = clubs.get(r.clubId(), scope);
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("homecare.visit.changedMeanwhile", null);
        }
        if (v == null) {
            throw missing("visitedOn");
        }
        Checked c = check(r, v, actor, byVolunteer);
        if (before.readingId() != null && (c.values() == null || !c.values().hasPressure())) {
            throw new InvalidInputException("homecare.visit.readingStays", "systolic");
        }
        int updated = jdbc.sql("""
                update home_visit set visited_on = :on, tasks = :tasks, observations = :obs, systolic = :sys,
                    diastolic = :dia, pulse = :pulse, level = :level, referral_made = :made, referral_to = :to,
                    referral_reason = :reason, referral_cause = :cause, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .params(params(r, c)).param("id", visitId).param("actor", actor).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new InvalidInputException("homecare.visit.changedMeanwhile", null);
        }
        // The volunteers of the visit are part of it: the audit keeps who they were before.
        jdbc.sql("delete from home_visit_volunteer where visit_id = :v").param("v", visitId).update();
        writeVolunteers(visitId, c.volunteers());
        healthRecord(r, club, visitId, c, before, actor, scope);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", Map.of("visitedOn", before.visitedOn().toString(),
                "volunteers", before.volunteers().stream().map(Volunteer::name).toList(), "tasks", Rows.join(before.tasks())));
        detail.put("after", summary(r, c));
        publish(r, club, visitId, "homecare.visit.corrected", c, actor, detail);
        return find(visitId);
    }

    /** A visit as checked, ready to keep. */
    private record Checked(LocalDate day, List<Volunteer> volunteers, Set<CareTask> tasks, String observations,
                           ReadingValues values, boolean referred, ReferralDestination to, String reason,
                           ReferralCause cause) {
    }

    private Checked check(CareRecipient r, NewVisit v, String actor, boolean byVolunteer) {
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
        if (referred && v.referralTo() == null) {
            throw missing("referralTo");
        }
        String reason = text(v.referralReason(), "referralReason", 1000);
        ReferralCause cause = referred ? cause(v.referralCause(), values, reason) : null;
        if (!values.isEmpty()) {
            tasks.add(CareTask.BLOOD_PRESSURE);
        }
        return new Checked(day, volunteers, tasks, observations, values.isEmpty() ? null : values.normalised(), referred,
                v.referralTo(), reason, cause);
    }

    /**
     * Why the person was referred: the cause chosen; without one, the urgent blood pressure or, when a
     * reason is written, another reason. Another reason must be written.
     */
    private static ReferralCause cause(ReferralCause chosen, ReadingValues values, String reason) {
        ReferralCause cause = chosen;
        if (cause == null && !values.isEmpty() && values.level() == PressureLevel.URGENT) {
            cause = ReferralCause.BLOOD_PRESSURE;
        }
        if (cause == null && reason != null) {
            cause = ReferralCause.OTHER;
        }
        if (cause == null) {
            throw missing("referralCause");
        }
        if (cause == ReferralCause.OTHER && reason == null) {
            throw new InvalidInputException("homecare.referral.otherReason", "referralReason");
        }
        return cause;
    }

    /** The visit's columns: a member's values stay out of it, they go to the health record. */
    private static Map<String, Object> params(CareRecipient r, Checked c) {
        boolean member = r.member();
        ReadingValues kept = c.values();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r", r.id());
        m.put("on", c.day());
        m.put("tasks", Rows.join(c.tasks()));
        m.put("obs", c.observations());
        m.put("sys", member || kept == null ? null : kept.systolic());
        m.put("dia", member || kept == null ? null : kept.diastolic());
        m.put("pulse", member || kept == null ? null : kept.pulse());
        m.put("level", kept == null || kept.level() == null ? null : kept.level().name());
        m.put("made", c.referred() ? Boolean.TRUE : kept == null ? null : kept.referralMade());
        m.put("to", c.to() == null ? null : c.to().name());
        m.put("reason", member ? null : c.reason());
        m.put("cause", c.cause() == null ? null : c.cause().name());
        return m;
    }

    private void writeVolunteers(UUID visitId, List<Volunteer> volunteers) {
        for (Volunteer vol : volunteers) {
            jdbc.sql("insert into home_visit_volunteer (visit_id, volunteer_id) values (:v, :vol)")
                    .param("v", visitId).param("vol", vol.id()).update();
        }
    }

    /** A member's reading and referral go to the health record; the visit keeps their ids. */
    private void healthRecord(CareRecipient r, Club club, UUID visitId, Checked c, HomeVisit before, String actor,
                              AreaScope scope) {
        if (!r.member()) {
            return;
        }
        UUID readingId = before == null ? null : before.readingId();
        if (c.values() != null) {
            Reading reading = health.record(new NewReading(readingId, r.personId(), club.id(), c.day(),
                    ReadingOrigin.HOME_VISIT, visitId, c.values()), actor, scope);
            readingId = reading.id();
        }
        UUID referralId = before == null ? null : before.referralId();
        if (c.referred() && referralId == null) {
            referralId = health.addReferral(r.personId(), c.day(), c.to(), healthRecordReason(c), readingId, null, actor,
                    scope).id();
        }
        jdbc.sql("update home_visit set reading_id = :reading, referral_id = :referral where id = :id")
                .param("reading", readingId).param("referral", referralId).param("id", visitId).update();
    }

    /** The referral's reason as the health record keeps it, in the records' language: the cause, then what was written. */
    private String healthRecordReason(Checked c) {
        String cause = messages.getMessage("referralCause." + c.cause().name(), null, RECORDS);
        return c.reason() == null ? cause : cause + ": " + c.reason();
    }

    private static Map<String, Object> summary(CareRecipient r, Checked c) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recipient", r.name());
        detail.put("visitedOn", c.day().toString());
        detail.put("volunteers", c.volunteers().stream().map(Volunteer::name).toList());
        detail.put("tasks", Rows.join(c.tasks()));
        return detail;
    }

    private void publish(CareRecipient r, Club club, UUID visitId, String action, Checked c, String actor,
                         Map<String, Object> detail) {
        events.publishEvent(new VisitRecorded(visitId, r.id(), club.id(), club.communeId(), club.areaPaths(), action,
                c.day(), c.volunteers().size(), c.tasks().size(), r.member(),
                c.values() != null && c.values().hasPressure(), c.referred(), actor, detail));
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
        return withVolunteers(jdbc.sql("select * from home_visit where recipient_id = :r "
                        + "order by visited_on desc, created_at desc")
                .param("r", recipientId).query(ROW).list());
    }

    /** The club's visits of a month, by day. */
    @Transactional(readOnly = true)
    public List<HomeVisit> visitsOfMonth(UUID clubId, YearMonth month, AreaScope scope) {
        clubs.get(clubId, scope);
        return withVolunteers(jdbc.sql("select * from home_visit where club_id = :c and visited_on between :from and :to "
                        + "order by visited_on, created_at")
                .param("c", clubId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(ROW).list());
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
        return jdbc.sql("select * from home_visit where id = :id").param("id", id).query(ROW).optional()
                .map(v -> withVolunteers(List.of(v)).get(0)).orElse(null);
    }

    /** The visits with their volunteers, read in one query. */
    private List<HomeVisit> withVolunteers(List<HomeVisit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        Map<UUID, List<Volunteer>> byVisit = new java.util.HashMap<>();
        jdbc.sql("select hv.visit_id, v.* from home_visit_volunteer hv join homecare_volunteer v on v.id = hv.volunteer_id "
                        + "where hv.visit_id in (:ids) order by v.name collate \"vi-x-icu\"")
                .param("ids", visits.stream().map(HomeVisit::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("visit_id", UUID.class), Rows.VOLUNTEER.mapRow(rs, n))).list()
                .forEach(e -> byVisit.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return visits.stream().map(v -> new HomeVisit(v.id(), v.recipientId(), v.clubId(), v.visitedOn(),
                List.copyOf(byVisit.getOrDefault(v.id(), List.of())), v.tasks(), v.observations(), v.systolic(),
                v.diastolic(), v.pulse(), v.level(), v.referralMade(), v.referralTo(), v.referralReason(), v.readingId(),
                v.referralId(), v.version(), v.referralCause())).toList();
    }

    private static final RowMapper<HomeVisit> ROW = (ResultSet rs, int n) -> {
        String level = rs.getString("level");
        String to = rs.getString("referral_to");
        String cause = rs.getString("referral_cause");
        return new HomeVisit(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                rs.getObject("club_id", UUID.class), rs.getObject("visited_on", LocalDate.class), List.of(),
                Rows.enums(CareTask.class, rs.getString("tasks")), rs.getString("observations"),
                (Integer) rs.getObject("systolic"), (Integer) rs.getObject("diastolic"), (Integer) rs.getObject("pulse"),
                level == null ? null : PressureLevel.valueOf(level), (Boolean) rs.getObject("referral_made"),
                to == null ? null : ReferralDestination.valueOf(to), rs.getString("referral_reason"),
                rs.getObject("reading_id", UUID.class), rs.getObject("referral_id", UUID.class), rs.getInt("version"),
                cause == null ? null : ReferralCause.valueOf(cause));
    };

    /** A member's readings are kept in their health record, not on the visit: the visit with them, to compare. */
    private HomeVisit withReading(HomeVisit v, CareRecipient r, AreaScope scope) {
        if (v.readingId() == null || !r.member()) {
            return v;
        }
        return health.of(r.personId(), scope).readings().stream().filter(x -> x.id().equals(v.readingId())).findFirst()
                .map(x -> new HomeVisit(v.id(), v.recipientId(), v.clubId(), v.visitedOn(), v.volunteers(), v.tasks(),
                        v.observations(), x.values().systolic(), x.values().diastolic(), x.values().pulse(), v.level(),
                        v.referralMade(), v.referralTo(), v.referralReason(), v.readingId(), v.referralId(), v.version(),
                        v.referralCause()))
                .orElse(v);
    }

    private static boolean sameVisit(HomeVisit saved, NewVisit sent) {
        java.util.Set<UUID> volunteers = new java.util.HashSet<>();
        saved.volunteers().forEach(vol -> volunteers.add(vol.id()));
        return java.util.Objects.equals(saved.visitedOn(), sent.visitedOn())
                && volunteers.equals(new java.util.HashSet<>(sent.volunteerIds() == null ? List.of() : sent.volunteerIds()))
                && tasksTyped(saved.tasks()).equals(tasksTyped(sent.tasks()))
                && java.util.Objects.equals(typed(saved.observations()), typed(sent.observations()))
                && java.util.Objects.equals(saved.systolic(), sent.systolic())
                && java.util.Objects.equals(saved.diastolic(), sent.diastolic())
                && java.util.Objects.equals(saved.pulse(), sent.pulse());
    }

    /** The tasks as ticked: taking the blood pressure is added when a reading is given, and compared with it. */
    private static Set<CareTask> tasksTyped(Set<CareTask> tasks) {
        Set<CareTask> typed = new java.util.HashSet<>(tasks == null ? Set.of() : tasks);
        typed.remove(CareTask.BLOOD_PRESSURE);
        return typed;
    }

    private static String typed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
