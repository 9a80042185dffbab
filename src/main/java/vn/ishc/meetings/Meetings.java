package vn.ishc.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

/**
 * Recording a club's monthly meeting in one go (topics, guests, each member's attendance and the
 * readings taken there), correcting it while keeping every earlier version, and reading it back
 * ({@link MeetingCalendar} has the club's meetings over time). Everything goes through the club, whose
 * area decides who may see it.
 */
@Service
@Transactional
public class Meetings {

    private static final Logger log = LoggerFactory.getLogger(Meetings.class);

    /** A meeting row as stored. */
    record Stored(UUID id, UUID clubId, LocalDate heldOn, String place, String learningTopic, String otherTopics,
                  int guests, String guestNames, int version, String status) {

        boolean finished() {
            return MeetingStatus.FINISHED.name().equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Clubs clubs;
    private final Members members;
    private final ReadingStore readings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Meetings(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clubs clubs, Members members, ReadingStore readings,
             ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clubs = clubs;
        this.members = members;
        this.readings = readings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a meeting, or corrects it when the entry's id is a meeting already recorded. Refused whole
     * ({@link RefusedEntry}) when anything breaks a rule, with {@link MeetingAlreadyRecorded} when the
     * club already has another meeting on that date, and with {@link MeetingChangedMeanwhile} when the
     * entry's version is no longer the meeting's. Saving the same entry again changes nothing, and an
     * entry whose client id was received before answers the meeting as it is, saving nothing. An entry
     * not finished is kept as a draft, with the members marked so far; a finished meeting stays finished.
     */
    public Meeting record(UUID clubId, MeetingEntry entry, String actor, AreaScope scope) {
        long started = System.nanoTime();
        Club club = clubs.get(clubId, scope);
        Optional<Stored> received = entry.clientId() == null ? Optional.empty() : submitted(entry.clientId());
        if (received.isPresent()) {
            if (!received.get().clubId().equals(clubId)) {
                throw new InvalidInputException("meetings.otherClub", "id");
            }
            log.info("Meeting save {} received again: answered with meeting {}", entry.clientId(), received.get().id());
            return load(received.get(), scope);
        }
        UUID id = entry.id() == null ? UUID.randomUUID() : entry.id();
        Optional<Stored> stored = stored(id);
        if (stored.isPresent() && !stored.get().clubId().equals(clubId)) {
            throw new InvalidInputException("meetings.otherClub", "id");
        }
        boolean finishing = entry.finishing() || stored.map(Stored::finished).orElse(false);
        LocalDate heldOn = MeetingRules.date(entry.heldOn(), club, today(), finishing);
        // A second meeting on the date opens the first, whatever was entered in the second.
        Optional<UUID> onDate = idOn(clubId, heldOn);
        if (onDate.isPresent() && !onDate.get().equals(id)) {
            throw new MeetingAlreadyRecorded(onDate.get(), heldOn);
        }
        List<MemberRow> roll = members.membersOf(clubId, heldOn, scope);
        MeetingRules.Checked checked = MeetingRules.check(entry, roll, person -> nameOutsideRoll(person, scope),
                finishing);
        Meeting before = stored.map(s -> load(s, scope)).orElse(null);
        int version = stored.map(s -> s.version() + 1).orElse(1);
        Meeting after = new Meeting(id, clubId, heldOn, checked.place(), checked.learningTopic(), checked.otherTopics(),
                checked.guests(), checked.guestNames(), version, lines(roll, checked),
                finishing ? MeetingStatus.FINISHED : MeetingStatus.DRAFT);
        if (before != null && sameContent(before, after)) {
            remember(entry.clientId(), before);
            return before;
        }
        if (before != null) {
            int expected = entry.version() == null ? before.version() : entry.version();
            update(after, expected, actor);
        } else {
            insert(after, actor);
        }
        writeAttendance(id, checked.attendance());
        Map<UUID, Reading> kept = readings.replace(ReadingOrigin.MEETING, id, club, heldOn, checked.readings(), actor);
        Meeting saved = withReadings(after, kept);
        jdbc.sql("insert into meeting_version (meeting_id, version, content, recorded_by) "
                        + "values (:id, :v, cast(:content as jsonb), :actor)")
                .param("id", id).param("v", version).param("content", json.writeValueAsString(saved))
                .param("actor", actor).update();
        remember(entry.clientId(), saved);
        publish(club, before, saved, actor);
        log.info("Meeting {} of club {} on {} recorded (version {}): {} attendances, {} readings in {} ms", id, clubId,
                heldOn, version, saved.lines().size(), kept.size(), (System.nanoTime() - started) / 1_000_000);
        return saved;
    }

    /**
     * Records many meetings of one club at once, as an officer keys a club's paper meeting book of
     * several months: each meeting is checked as {@link #record} checks it (its date, the members on
     * that date, the readings), all are saved in one transaction with their rows written in batches, and
     * each is published as a single meeting is, for the audit log and the figures. A meeting already
     * recorded under its id is saved as {@link #record} saves it, so sending a book again changes
     * nothing. Anything wrong refuses the whole book with {@link RefusedMeetingInBook}, naming the
     * meeting's date and place in the book and the row at fault: nothing is saved.
     */
    public List<Meeting> recordAll(UUID clubId, List<MeetingEntry> entries, String actor, AreaScope scope) {
        long started = System.nanoTime();
        Club club = clubs.get(clubId, scope);
        List<MeetingEntry> book = entries == null ? List.of() : entries;
        Map<UUID, UUID> clubOfId = clubsOf(book.stream().map(e -> e == null ? null : e.id())
                .filter(Objects::nonNull).toList());
        Map<LocalDate, UUID> onDates = idsOn(clubId, book.stream().map(e -> e == null ? null : e.heldOn())
                .filter(Objects::nonNull).toList());
        Map<LocalDate, List<MemberRow>> rolls = new HashMap<>();
        Set<LocalDate> dates = new HashSet<>();
        List<Checked> fresh = new ArrayList<>();
        Meeting[] saved = new Meeting[book.size()];
        for (int i = 0; i < book.size(); i++) {
            MeetingEntry entry = book.get(i);
            try {
                LocalDate heldOn = MeetingRules.date(entry == null ? null : entry.heldOn(), club, today());
                if (!dates.add(heldOn)) {
                    throw new RefusedEntry(List.of(new Problem("heldOn", "meetings.book.sameDate", heldOn)));
                }
                UUID id = entry.id() == null ? UUID.randomUUID() : entry.id();
                if (clubOfId.containsKey(id)) {
                    if (!clubOfId.get(id).equals(clubId)) {
                        throw new RefusedEntry(List.of(new Problem("id", "meetings.otherClub")));
                    }
                    saved[i] = record(clubId, entry, actor, scope);
                    continue;
                }
                if (onDates.containsKey(heldOn)) {
                    throw new RefusedEntry(List.of(new Problem("heldOn", "meetings.book.dateTaken", heldOn)));
                }
                List<MemberRow> roll = rolls.computeIfAbsent(heldOn, d -> members.membersOf(clubId, d, scope));
                MeetingRules.Checked checked = MeetingRules.check(entry, roll, person -> nameOutsideRoll(person, scope),
                        true);
                fresh.add(new Checked(i, new Meeting(id, clubId, heldOn, checked.place(), checked.learningTopic(),
                        checked.otherTopics(), checked.guests(), checked.guestNames(), 1, lines(roll, checked)), checked));
            } catch (MeetingAlreadyRecorded e) {
                throw new RefusedMeetingInBook(i + 1, entry.heldOn(),
                        List.of(new Problem("heldOn", "meetings.book.dateTaken", entry.heldOn())));
            } catch (RefusedEntry e) {
                throw new RefusedMeetingInBook(i + 1, entry == null ? null : entry.heldOn(), e.problems());
            }
        }
        saveAll(club, fresh, actor).forEach(c -> saved[c.position()] = c.meeting());
        log.info("Meeting book of club {} recorded: {} meetings ({} new), {} attendances, {} readings in {} ms", clubId,
                book.size(), fresh.size(), fresh.stream().mapToInt(c -> c.meeting().lines().size()).sum(),
                fresh.stream().mapToInt(c -> c.checked().readings().size()).sum(), (System.nanoTime() - started) / 1_000_000);
        return List.of(saved);
    }

    /** A new meeting of a book, checked, at its place in the book. */
    private record Checked(int position, Meeting meeting, MeetingRules.Checked checked) {
    }

    /** Writes new meetings with their attendance, readings and first versions in batches, and publishes each. */
    private List<Checked> saveAll(Club club, List<Checked> fresh, String actor) {
        if (fresh.isEmpty()) {
            return fresh;
        }
        try {
            batch.batchUpdate("""
                    insert into meeting (id, club_id, held_on, place, learning_topic, other_topics, guests, guest_names,
                                         version, created_by, updated_by)
                    values (:id, :club, :heldOn, :place, :learning, :others, :guests, :guestNames, 1, :actor, :actor)""",
                    fresh.stream().map(c -> new MapSqlParameterSource(params(c.meeting())).addValue("actor", actor))
                            .toArray(SqlParameterSource[]::new));
        } catch (DuplicateKeyException e) {
            // Another save of the club got a date of the book first.
            throw new InvalidInputException("meetings.book.changedMeanwhile", "meetings");
        }
        batch.batchUpdate("insert into attendance (meeting_id, person_id, status) values (:m, :p, :s)",
                fresh.stream().flatMap(c -> c.checked().attendance().entrySet().stream().map(a -> new MapSqlParameterSource()
                        .addValue("m", c.meeting().id()).addValue("p", a.getKey()).addValue("s", a.getValue().name())))
                        .toArray(SqlParameterSource[]::new));
        List<Map<UUID, Reading>> kept = readings.addAll(ReadingOrigin.MEETING, club, fresh.stream()
                .map(c -> new ReadingStore.Taken(c.meeting().id(), c.meeting().heldOn(), c.checked().readings())).toList(),
                actor);
        List<Checked> out = new ArrayList<>(fresh.size());
        for (int k = 0; k < fresh.size(); k++) {
            out.add(new Checked(fresh.get(k).position(), withReadings(fresh.get(k).meeting(), kept.get(k)),
                    fresh.get(k).checked()));
        }
        batch.batchUpdate("insert into meeting_version (meeting_id, version, content, recorded_by) "
                        + "values (:id, 1, cast(:content as jsonb), :actor)",
                out.stream().map(c -> new MapSqlParameterSource().addValue("id", c.meeting().id())
                        .addValue("content", json.writeValueAsString(c.meeting())).addValue("actor", actor))
                        .toArray(SqlParameterSource[]::new));
        out.forEach(c -> publish(club, null, c.meeting(), actor));
        return out;
    }

    /** A meeting with its attendance and readings. */
    @Transactional(readOnly = true)
    public Meeting get(UUID meetingId, AreaScope scope) {
        Stored m = stored(meetingId).orElseThrow(() -> new NotFoundException("meetings.notFound", meetingId));
        clubs.get(m.clubId(), scope);
        return load(m, scope);
    }

    /** The club's meeting on a date, if recorded. */
    @Transactional(readOnly = true)
    public Optional<UUID> onDate(UUID clubId, LocalDate date, AreaScope scope) {
        clubs.get(clubId, scope);
        return idOn(clubId, date);
    }

    /**
     * The latest reading of each member of the club on the date taken before it (at last month's meeting,
     * usually), shown beside this meeting's entry.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Reading> earlierReadings(UUID clubId, LocalDate date, AreaScope scope) {
        List<UUID> people = members.membersOf(clubId, date, scope).stream().map(r -> r.person().id()).toList();
        return readings.latestBefore(people, date);
    }

    /** Every saved version of a meeting, latest first. */
    @Transactional(readOnly = true)
    public List<MeetingVersion> versions(UUID meetingId, AreaScope scope) {
        get(meetingId, scope);
        return jdbc.sql("select version, recorded_at, recorded_by, content::text as content from meeting_version "
                        + "where meeting_id = :id order by version desc")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingVersion(rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getString("content")))
                .list();
    }

    /** The persons with a reading in any saved version of the meeting (the versions show them whole). */
    @Transactional(readOnly = true)
    public List<UUID> measuredInVersions(UUID meetingId) {
        return jdbc.sql("""
                        select distinct cast(l ->> 'personId' as uuid) from meeting_version v
                        cross join jsonb_array_elements(v.content -> 'lines') l
                        where v.meeting_id = :id and jsonb_typeof(l -> 'reading') = 'object'""")
                .param("id", meetingId).query(UUID.class).list();
    }

    private void insert(Meeting m, String actor) {
        try {
            jdbc.sql("""
                    insert into meeting (id, club_id, held_on, place, learning_topic, other_topics, guests, guest_names,
                                         version, status, created_by, updated_by)
                    values (:id, :club, :heldOn, :place, :learning, :others, :guests, :guestNames, 1, :status, :actor,
                            :actor)""")
                    .params(params(m)).param("actor", actor).update();
        } catch (DuplicateKeyException e) {
            // Another save of the same club and date got there first.
            throw new MeetingAlreadyRecorded(idOn(m.clubId(), m.heldOn()).orElseThrow(() -> e), m.heldOn());
        }
    }

    private void update(Meeting m, int expectedVersion, String actor) {
        int updated;
        try {
            updated = jdbc.sql("""
                    update meeting set held_on = :heldOn, place = :place, learning_topic = :learning,
                        other_topics = :others, guests = :guests, guest_names = :guestNames, version = version + 1,
                        status = :status,
                        updated_at = now(), updated_by = :actor
                    where id = :id and version = :expected""")
                    .params(params(m)).param("actor", actor).param("expected", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new MeetingAlreadyRecorded(idOn(m.clubId(), m.heldOn()).orElseThrow(() -> e), m.heldOn());
        }
        if (updated == 0) {
            throw new MeetingChangedMeanwhile(m.id(), expectedVersion);
        }
        jdbc.sql("delete from attendance where meeting_id = :id").param("id", m.id()).update();
    }

    private void writeAttendance(UUID meetingId, Map<UUID, AttendanceStatus> attendance) {
        SqlParameterSource[] rows = attendance.entrySet().stream().map(e -> new MapSqlParameterSource()
                .addValue("m", meetingId).addValue("p", e.getKey()).addValue("s", e.getValue().name()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("insert into attendance (meeting_id, person_id, status) values (:m, :p, :s)", rows);
    }

    private static Map<String, Object> params(Meeting m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", m.id());
        p.put("club", m.clubId());
        p.put("heldOn", m.heldOn());
        p.put("place", m.place());
        p.put("learning", m.learningTopic());
        p.put("others", m.otherTopics());
        p.put("guests", m.guests());
        p.put("guestNames", m.guestNames());
        p.put("status", m.status().name());
        return p;
    }

    private void publish(Club club, Meeting before, Meeting saved, String actor) {
        boolean correction = before != null;
        String path = ReadingStore.communePath(club);
        events.publishEvent(new MeetingChanged(saved.id(), correction ? "meeting.corrected" : "meeting.recorded", actor,
                correction ? Map.of("before", auditable(before), "after", auditable(saved)) : auditable(saved)));
        events.publishEvent(new MeetingRecorded(saved.id(), club.id(), club.communeId(), path, saved.heldOn(),
                correction ? before.heldOn() : null, correction, saved.version(), saved.learningTopic(),
                (int) saved.count(AttendanceStatus.PRESENT), (int) saved.count(AttendanceStatus.EXCUSED),
                (int) saved.count(AttendanceStatus.ABSENT), saved.guests(), (int) saved.readings()));
        events.publishEvent(new AttendanceRecorded(saved.id(), club.id(), club.communeId(), path, saved.heldOn(),
                correction, saved.lines().stream().map(l -> new AttendanceRecorded.Entry(l.personId(), l.status())).toList()));
    }

    /** What the audit log keeps of a meeting: no health values. */
    private static Map<String, Object> auditable(Meeting m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("heldOn", m.heldOn().toString());
        d.put("place", Objects.toString(m.place(), ""));
        d.put("learningTopic", Objects.toString(m.learningTopic(), ""));
        d.put("otherTopics", Objects.toString(m.otherTopics(), ""));
        d.put("guests", m.guests());
        d.put("present", m.count(AttendanceStatus.PRESENT));
        d.put("excused", m.count(AttendanceStatus.EXCUSED));
        d.put("absent", m.count(AttendanceStatus.ABSENT));
        d.put("readings", m.readings());
        d.put("version", m.version());
        d.put("status", m.status().name());
        return d;
    }

    /** A line for each member marked (all of them once the meeting is finished). */
    private static List<Meeting.Line> lines(List<MemberRow> roll, MeetingRules.Checked checked) {
        return roll.stream().filter(r -> checked.attendance().containsKey(r.person().id())).map(r -> {
            UUID p = r.person().id();
            ReadingValues v = checked.readings().get(p);
            Reading reading = v == null ? null : new Reading(null, p, null, null, ReadingOrigin.MEETING, null,
                    v.normalised(), v.level(), 0);
            return new Meeting.Line(p, r.person().fullName(), checked.attendance().get(p), reading);
        }).toList();
    }

    private static Meeting withReadings(Meeting m, Map<UUID, Reading> kept) {
        return new Meeting(m.id(), m.clubId(), m.heldOn(), m.place(), m.learningTopic(), m.otherTopics(), m.guests(),
                m.guestNames(), m.version(), m.lines().stream()
                .map(l -> new Meeting.Line(l.personId(), l.fullName(), l.status(), kept.get(l.personId()))).toList(),
                m.status());
    }

    private static boolean sameContent(Meeting a, Meeting b) {
        return a.heldOn().equals(b.heldOn()) && a.status() == b.status() && Objects.equals(a.place(), b.place())
                && Objects.equals(a.learningTopic(), b.learningTopic()) && Objects.equals(a.otherTopics(), b.otherTopics())
                && a.guests() == b.guests() && Objects.equals(a.guestNames(), b.guestNames())
                && a.lines().size() == b.lines().size()
                && a.lines().stream().allMatch(l -> b.lines().stream().anyMatch(o -> sameLine(l, o)));
    }

    private static boolean sameLine(Meeting.Line a, Meeting.Line b) {
        if (!a.personId().equals(b.personId()) || a.status() != b.status()) {
            return false;
        }
        if (a.reading() == null || b.reading() == null) {
            return a.reading() == b.reading();
        }
        ReadingValues x = a.reading().values();
        ReadingValues y = b.reading().values();
        return Objects.equals(x.systolic(), y.systolic()) && Objects.equals(x.diastolic(), y.diastolic())
                && Objects.equals(x.pulse(), y.pulse()) && Objects.equals(x.referralMade(), y.referralMade())
                && (x.weightKg() == null ? y.weightKg() == null : y.weightKg() != null && x.weightKg().compareTo(y.weightKg()) == 0);
    }

    private Meeting load(Stored m, AreaScope scope) {
        Map<UUID, String> names = new LinkedHashMap<>();
        members.membersOf(m.clubId(), m.heldOn(), scope).forEach(r -> names.put(r.person().id(), r.person().fullName()));
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        jdbc.sql("select person_id, status from attendance where meeting_id = :id").param("id", m.id())
                .query((rs, n) -> Map.entry(rs.getObject("person_id", UUID.class), AttendanceStatus.valueOf(rs.getString("status"))))
                .list().forEach(e -> attendance.put(e.getKey(), e.getValue()));
        Map<UUID, Reading> taken = readings.ofOrigin(ReadingOrigin.MEETING, m.id());
        List<Meeting.Line> lines = new ArrayList<>();
        names.forEach((id, name) -> {
            if (attendance.containsKey(id)) {
                lines.add(new Meeting.Line(id, name, attendance.get(id), taken.get(id)));
            }
        });
        attendance.forEach((id, status) -> {
            if (!names.containsKey(id)) {
                lines.add(new Meeting.Line(id, nameOutsideRoll(id, scope), status, taken.get(id)));
            }
        });
        return new Meeting(m.id(), m.clubId(), m.heldOn(), m.place(), m.learningTopic(), m.otherTopics(), m.guests(),
                m.guestNames(), m.version(), lines, MeetingStatus.valueOf(m.status()));
    }

    /** The name of someone not among the club's members on the date, if the reader may see them. */
    private String nameOutsideRoll(UUID personId, AreaScope scope) {
        try {
            return members.person(personId, scope).person().fullName();
        } catch (NotFoundException | OutOfScopeException e) {
            return personId.toString();
        }
    }

    /** The meeting a save sent from a phone saved, if it was received before. */
    private Optional<Stored> submitted(UUID clientId) {
        return jdbc.sql("select m.* from meeting_submission s join meeting m on m.id = s.meeting_id "
                        + "where s.client_id = :c").param("c", clientId).query(Stored.class).optional();
    }

    private void remember(UUID clientId, Meeting saved) {
        if (clientId != null) {
            jdbc.sql("insert into meeting_submission (client_id, meeting_id, version) values (:c, :m, :v) "
                            + "on conflict (client_id) do nothing")
                    .param("c", clientId).param("m", saved.id()).param("v", saved.version()).update();
        }
    }

    private Optional<Stored> stored(UUID id) {
        return jdbc.sql("select * from meeting where id = :id").param("id", id).query(Stored.class).optional();
    }

    /** The club of each of these meeting ids that is recorded. */
    private Map<UUID, UUID> clubsOf(List<UUID> ids) {
        Map<UUID, UUID> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, club_id from meeting where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> out.put(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class))).list();
        }
        return out;
    }

    /** The club's meetings recorded on any of these dates, by date. */
    private Map<LocalDate, UUID> idsOn(UUID clubId, List<LocalDate> dates) {
        Map<LocalDate, UUID> out = new HashMap<>();
        if (!dates.isEmpty()) {
            jdbc.sql("select held_on, id from meeting where club_id = :c and held_on in (:d)").param("c", clubId)
                    .param("d", dates)
                    .query((rs, n) -> out.put(rs.getObject("held_on", LocalDate.class), rs.getObject("id", UUID.class)))
                    .list();
        }
        return out;
    }

    private Optional<UUID> idOn(UUID clubId, LocalDate date) {
        return jdbc.sql("select id from meeting where club_id = :c and held_on = :d").param("c", clubId).param("d", date)
                .query(UUID.class).optional();
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
