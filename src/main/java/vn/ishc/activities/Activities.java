package vn.ishc.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * Records, corrects and cancels a club's activities, checking each kind's fields: the day is not in
 * the future nor before the club was founded, a member named must be in the club that day, money is
 * whole đồng. Every change is published as {@link ActivityRecorded}.
 */
@Service
@Transactional
public class Activities {

    static final long MAX_DONG = 100_000_000_000L;

    private static final String SELECT = "select a.* from club_activity a";

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Activities(JdbcClient jdbc, Clubs clubs, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Records a fact; sending the same id again returns the fact already recorded. */
    public Activity record(UUID clubId, NewActivity entered, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (entered != null && entered.id() != null) {
            Activity existing = find(entered.id());
            if (existing != null && existing.clubId().equals(clubId)) {
                return existing;
            }
        }
        Activity a = check(club, entered, entered == null || entered.id() == null ? UUID.randomUUID() : entered.id(),
                0, scope);
        jdbc.sql("""
                insert into club_activity (id, club_id, kind, area, on_date, title, participants, person_id, person_name,
                    is_member, help_form, value_dong, labour_days, source_type, resource_form, fund, mentor_id,
                    mentor_name, proposals, outcome, notes, created_by, updated_by)
                values (:id, :club, :kind, :area, :on, :title, :participants, :person, :personName, :member, :helpForm,
                    :value, :labour, :source, :form, :fund, :mentor, :mentorName, :proposals, :outcome, :notes, :actor,
                    :actor)""")
                .params(params(a)).param("actor", actor).update();
        publish(club, a, "activity.recorded", actor, values(a));
        return find(a.id());
    }

    /** Corrects a fact as read at {@code expectedVersion}; refused if someone changed it in between. */
    public Activity correct(UUID id, NewActivity entered, int expectedVersion, String actor, AreaScope scope) {
        Activity before = get(id, scope);
        Club club = clubs.get(before.clubId(), scope);
        if (before.cancelled()) {
            throw new InvalidInputException("activities.cancelled", null, before.cancelledOn());
        }
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("activities.changedMeanwhile", null);
        }
        Activity after = check(club, entered, id, expectedVersion + 1, scope);
        int updated = jdbc.sql("""
                update club_activity set kind = :kind, area = :area, on_date = :on, title = :title,
                    participants = :participants, person_id = :person, person_name = :personName, is_member = :member,
                    help_form = :helpForm, value_dong = :value, labour_days = :labour, source_type = :source,
                    resource_form = :form, fund = :fund, mentor_id = :mentor, mentor_name = :mentorName,
                    proposals = :proposals,
                    outcome = :outcome, notes = :notes, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version and cancelled_on is null""")
                .params(params(after)).param("actor", actor).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new InvalidInputException("activities.changedMeanwhile", null);
        }
        Map<String, Object> was = values(before);
        Map<String, Object> now = values(after);
        Map<String, Object> b = new LinkedHashMap<>();
        Map<String, Object> n = new LinkedHashMap<>();
        for (String k : now.keySet()) {
            if (!Objects.equals(was.get(k), now.get(k))) {
                b.put(k, was.get(k) == null ? "" : was.get(k));
                n.put(k, now.get(k) == null ? "" : now.get(k));
            }
        }
        publish(club, after, "activity.corrected", actor, Map.of("before", b, "after", n));
        return find(id);
    }

    /** Cancels a fact entered by mistake; it stays on record with the reason, and counts no more. */
    public Activity cancel(UUID id, String reason, String actor, AreaScope scope) {
        Activity before = get(id, scope);
        Club club = clubs.get(before.clubId(), scope);
        if (before.cancelled()) {
            return before;
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw InvalidInputException.missing("activities.field.missing", "cancelReason");
        }
        jdbc.sql("update club_activity set cancelled_on = :today, cancel_reason = :reason, version = version + 1, "
                        + "updated_at = now(), updated_by = :actor where id = :id")
                .param("today", today()).param("reason", why).param("actor", actor).param("id", id).update();
        Activity after = find(id);
        publish(club, after, "activity.cancelled", actor, Map.of("reason", why, "kind", after.kind().name(),
                "on", after.on().toString()));
        return after;
    }

    @Transactional(readOnly = true)
    public Activity get(UUID id, AreaScope scope) {
        Activity a = find(id);
        if (a == null) {
            throw new NotFoundException("activities.notFound", id);
        }
        clubs.get(a.clubId(), scope);
        return a;
    }

    /** The club's facts of a month, cancelled ones included, by day. */
    @Transactional(readOnly = true)
    public List<Activity> ofMonth(UUID clubId, YearMonth month, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql(SELECT + " where a.club_id = :c and a.on_date between :from and :to order by a.on_date, a.created_at")
                .param("c", clubId).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(ROW).list();
    }

    /** How many facts of each kind the club has in a period, cancelled ones left out. */
    @Transactional(readOnly = true)
    public Map<ActivityKind, Integer> counts(UUID clubId, LocalDate from, LocalDate to, AreaScope scope) {
        clubs.get(clubId, scope);
        Map<ActivityKind, Integer> counts = new EnumMap<>(ActivityKind.class);
        jdbc.sql("select kind, count(*) as n from club_activity where club_id = :c and on_date between :from and :to "
                        + "and cancelled_on is null group by kind")
                .param("c", clubId).param("from", from).param("to", to)
                .query((rs, i) -> Map.entry(ActivityKind.valueOf(rs.getString("kind")), rs.getInt("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Checks what was entered for its kind and returns it as it will be kept. */
    private Activity check(Club club, NewActivity e, UUID id, int version, AreaScope scope) {
        if (e == null || e.kind() == null) {
            throw missing("kind");
        }
        ActivityKind kind = e.kind();
        LocalDate on = e.on();
        if (on == null) {
            throw missing("on");
        }
        if (kind == ActivityKind.MENTORING) {
            on = on.withDayOfMonth(1);
        }
        if (on.isAfter(today())) {
            throw new InvalidInputException("activities.date.future", "on", on);
        }
        if (on.isBefore(kind == ActivityKind.MENTORING ? club.foundedOn().withDayOfMonth(1) : club.foundedOn())) {
            throw new InvalidInputException("activities.date.beforeFounding", "on", on, club.foundedOn());
        }
        String title = kind.uses("title") ? text(e.title(), 300, "title") : null;
        if (kind.uses("title") && title == null) {
            throw missing(kind == ActivityKind.DIALOGUE ? "authority" : "title");
        }
        Integer participants = kind.uses("participants") ? e.participants() : null;
        if (participants != null && (participants < 0 || participants > 100_000)) {
            throw new InvalidInputException("activities.participants.invalid", "participants", participants);
        }
        UUID personId = null;
        String personName = null;
        Boolean member = null;
        if (kind.uses("person")) {
            if (e.personId() != null) {
                Person p = members.person(e.personId(), scope).person();
                if (!members.isMember(club.id(), p.id(), on)) {
                    throw new InvalidInputException("activities.person.notMember", "personId", p.fullName(), on);
                }
                personId = p.id();
                personName = p.fullName();
                member = true;
            } else if (kind.needsMember()) {
                throw missing("personId");
            } else {
                personName = text(e.personName(), 150, "personName");
                if (personName == null) {
                    throw missing("personName");
                }
                member = false;
            }
        }
        UUID mentorId = null;
        String mentorName = null;
        if (kind.uses("mentor")) {
            if (e.mentorId() == null) {
                throw missing("mentorId");
            }
            Person mentor = members.person(e.mentorId(), scope).person();
            if (!members.isMember(club.id(), mentor.id(), on)) {
                throw new InvalidInputException("activities.person.notMember", "mentorId", mentor.fullName(), on);
            }
            if (mentor.id().equals(personId)) {
                throw new InvalidInputException("activities.mentoring.self", "mentorId");
            }
            mentorId = mentor.id();
            mentorName = mentor.fullName();
        }
        NewActivity.HelpForm helpForm = kind.uses("helpForm") ? e.helpForm() : null;
        if (kind.uses("helpForm") && helpForm == null) {
            throw missing("helpForm");
        }
        NewActivity.SourceType source = kind.uses("sourceType") ? e.sourceType() : null;
        NewActivity.ResourceForm form = kind.uses("resourceForm") ? e.resourceForm() : null;
        if (kind == ActivityKind.RESOURCE && source == null) {
            throw missing("sourceType");
        }
        if (kind == ActivityKind.RESOURCE && form == null) {
            throw missing("resourceForm");
        }
        Long value = kind.uses("valueDong") ? e.valueDong() : null;
        if (value != null && (value < 0 || value > MAX_DONG)) {
            throw new InvalidInputException("activities.value.invalid", "valueDong", value);
        }
        boolean cash = helpForm == NewActivity.HelpForm.CASH || form == NewActivity.ResourceForm.CASH;
        if (cash && (value == null || value == 0)) {
            throw new InvalidInputException("activities.value.cashNeeded", "valueDong");
        }
        var labour = kind.uses("labourDays") && helpForm == NewActivity.HelpForm.LABOUR ? e.labourDays() : null;
        if (helpForm == NewActivity.HelpForm.LABOUR && (labour == null || labour.signum() <= 0
                || labour.compareTo(java.math.BigDecimal.valueOf(10_000)) > 0 || labour.stripTrailingZeros().scale() > 1)) {
            throw new InvalidInputException("activities.labourDays.invalid", "labourDays",
                    labour == null ? "" : labour.toPlainString());
        }
        NewActivity.Fund fund = form == NewActivity.ResourceForm.CASH ? e.fund() : null;
        String proposals = kind.uses("proposals") ? text(e.proposals(), 2000, "proposals") : null;
        if (kind == ActivityKind.DIALOGUE && proposals == null) {
            throw missing("proposals");
        }
        String outcome = kind.uses("outcome") ? text(e.outcome(), 2000, "outcome") : null;
        return new Activity(id, club.id(), kind, on, title, participants, personId, personName, member, helpForm, value,
                labour, source, form, fund, mentorId, mentorName, proposals, outcome, text(e.notes(), 2000, "notes"), null, null,
                version);
    }

    private void publish(Club club, Activity a, String action, String actor, Map<String, Object> detail) {
        events.publishEvent(new ActivityRecorded(a.id(), club.id(), club.communeId(), club.areaPaths(), action, a.kind(), a.area(),
                a.on(), a.cancelled() ? null : a.valueDong(), a.member(), actor, detail));
    }

    private static Map<String, Object> values(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().name());
        m.put("on", a.on().toString());
        put(m, "title", a.title());
        put(m, "participants", a.participants());
        put(m, "person", a.personName());
        put(m, "helpForm", a.helpForm());
        put(m, "valueDong", a.valueDong());
        put(m, "labourDays", a.labourDays() == null ? null : a.labourDays().toPlainString());
        put(m, "sourceType", a.sourceType());
        put(m, "resourceForm", a.resourceForm());
        put(m, "fund", a.fund());
        put(m, "mentor", a.mentorName());
        put(m, "proposals", a.proposals());
        put(m, "outcome", a.outcome());
        put(m, "notes", a.notes());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof Enum<?> en ? en.name() : value);
        }
    }

    private static Map<String, Object> params(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("club", a.clubId());
        m.put("kind", a.kind().name());
        m.put("area", a.area());
        m.put("on", a.on());
        m.put("title", a.title());
        m.put("participants", a.participants());
        m.put("person", a.personId());
        m.put("personName", a.personName());
        m.put("member", a.member());
        m.put("helpForm", a.helpForm() == null ? null : a.helpForm().name());
        m.put("value", a.valueDong());
        m.put("labour", a.labourDays());
        m.put("source", a.sourceType() == null ? null : a.sourceType().name());
        m.put("form", a.resourceForm() == null ? null : a.resourceForm().name());
        m.put("fund", a.fund() == null ? null : a.fund().name());
        m.put("mentor", a.mentorId());
        m.put("mentorName", a.mentorName());
        m.put("proposals", a.proposals());
        m.put("outcome", a.outcome());
        m.put("notes", a.notes());
        return m;
    }

    private Activity find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ROW).optional().orElse(null);
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("activities.field.missing", field);
    }

    private static String text(String s, int max, String field) {
        String t = VietnameseText.clean(s);
        if (t == null || t.isBlank()) {
            return null;
        }
        if (t.length() > max) {
            throw new InvalidInputException("activities.text.tooLong", field,
                    new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field), max);
        }
        return t;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static final RowMapper<Activity> ROW = (ResultSet rs, int n) -> new Activity(
            rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
            ActivityKind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class), rs.getString("title"),
            (Integer) rs.getObject("participants"), rs.getObject("person_id", UUID.class), rs.getString("person_name"),
            (Boolean) rs.getObject("is_member"), enumOf(NewActivity.HelpForm.class, rs.getString("help_form")),
            (Long) rs.getObject("value_dong"), rs.getBigDecimal("labour_days"),
            enumOf(NewActivity.SourceType.class, rs.getString("source_type")),
            enumOf(NewActivity.ResourceForm.class, rs.getString("resource_form")),
            enumOf(NewActivity.Fund.class, rs.getString("fund")), rs.getObject("mentor_id", UUID.class),
            rs.getString("mentor_name"), rs.getString("proposals"), rs.getString("outcome"), rs.getString("notes"),
            rs.getObject("cancelled_on", LocalDate.class), rs.getString("cancel_reason"), rs.getInt("version"));
}
