package vn.ishc.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Clubs;
import vn.ishc.meetings.HeldSubmission.Outcome;
import vn.ishc.meetings.HeldSubmission.Reason;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/**
 * Meetings sent from a phone that the server refused because the meeting changed meanwhile: held, once
 * for each save the phone made, until a person of the club or its area decides to keep what was sent
 * (recorded through {@link Meetings#record} over the meeting as it is now, so every rule still applies)
 * or the meeting as recorded; the phone deciding for itself decides here too.
 */
@Service
@Transactional
public class HeldMeetings {

    private static final Logger log = LoggerFactory.getLogger(HeldMeetings.class);

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Clubs clubs;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    HeldMeetings(JdbcClient jdbc, Meetings meetings, Clubs clubs, ApplicationEventPublisher events, JsonMapper json,
                 Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.clubs = clubs;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Holds a save of the club's meeting that was refused because the meeting changed meanwhile
     * ({@link MeetingChangedMeanwhile}, {@link MeetingAlreadyRecorded}) or because it breaks a rule now
     * ({@link RefusedEntry}: a member has left since it was typed); the same save refused again is held
     * once. In a transaction of its own, so the refusal's rollback does not take it along. Only saves
     * carrying a client id (those of the phone) are held: the id is what recognises a save sent again.
     *
     * @return the held submission's id, or empty when the refusal or the save is not one that is held
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<UUID> hold(UUID clubId, MeetingEntry sent, String actor, RuntimeException refusal) {
        UUID meetingId;
        Reason reason;
        List<StoredProblem> problems = null;
        if (refusal instanceof MeetingChangedMeanwhile changed) {
            meetingId = changed.meetingId();
            reason = Reason.CHANGED_MEANWHILE;
        } else if (refusal instanceof MeetingAlreadyRecorded taken) {
            meetingId = taken.existingId();
            reason = Reason.DATE_TAKEN;
        } else if (refusal instanceof RefusedEntry refused && sent != null) {
            meetingId = sent.id() == null ? null : jdbc.sql("select id from meeting where id = :m and club_id = :c")
                    .param("m", sent.id()).param("c", clubId).query(UUID.class).optional().orElse(null);
            reason = Reason.REFUSED;
            problems = refused.problems().stream().map(p -> new StoredProblem(p.field(), p.messageKey(),
                    java.util.Arrays.stream(p.arguments()).map(String::valueOf).toList())).toList();
        } else {
            return Optional.empty();
        }
        if (sent == null || sent.clientId() == null) {
            return Optional.empty();
        }
        Integer serverVersion = jdbc.sql("select version from meeting where id = :m").param("m", meetingId)
                .query(Integer.class).optional().orElse(null);
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                insert into held_meeting_submission (id, club_id, meeting_id, client_id, held_on, body, submitted_by,
                                                     submitted_at, reason, server_version, problems)
                values (:id, :club, :meeting, :client, :heldOn, cast(:body as jsonb), :actor, :at, :reason, :version,
                        cast(:problems as jsonb))
                on conflict (club_id, client_id) where resolved_at is null do nothing""")
                .param("id", id).param("club", clubId).param("meeting", meetingId).param("client", sent.clientId())
                .param("heldOn", sent.heldOn()).param("body", json.writeValueAsString(sent)).param("actor", actor)
                .param("at", Timestamp.from(clock.instant())).param("reason", reason.name())
                .param("version", serverVersion)
                .param("problems", problems == null ? null : json.writeValueAsString(problems)).update();
        if (added == 0) {
            return waitingId(clubId, sent.clientId());
        }
        events.publishEvent(new HeldMeetingChanged(meetingId, id, "meeting.held", actor, Map.of("reason", reason.name(),
                "serverVersion", serverVersion == null ? "" : serverVersion, "heldOn", String.valueOf(sent.heldOn()))));
        log.info("Meeting save {} of club {} refused ({}) and held as {}", sent.clientId(), clubId, reason, id);
        return Optional.of(id);
    }

    /** The club's held meetings waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldSubmission> waiting(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from held_meeting_submission where club_id = :c and resolved_at is null "
                        + "order by submitted_at, id").param("c", clubId).query(this::row).list();
    }

    /**
     * What became of the saves a phone still lists as held, by the client ids it made: each still waiting,
     * decided (and how, when), or unknown here (never held, or another club's), so the phone can forget what
     * was decided at a desk. A save held again after a decision counts by its last holding.
     */
    @Transactional(readOnly = true)
    public List<PhoneHeld> onPhone(UUID clubId, List<UUID> clientIds, AreaScope scope) {
        clubs.get(clubId, scope);
        return clientIds.stream().distinct().map(client -> jdbc.sql("""
                        select resolution, resolved_at from held_meeting_submission
                        where club_id = :c and client_id = :client
                        order by resolved_at is null desc, resolved_at desc limit 1""")
                .param("c", clubId).param("client", client)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("resolved_at");
                    return at == null ? new PhoneHeld(client, PhoneHeld.State.WAITING, null, null)
                            : new PhoneHeld(client, PhoneHeld.State.DECIDED,
                            Outcome.valueOf(rs.getString("resolution")), at.toInstant());
                }).optional().orElse(new PhoneHeld(client, PhoneHeld.State.UNKNOWN, null, null))).toList();
    }

    /** A save a phone lists as held, as the server knows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PhoneHeldMeeting")
    public record PhoneHeld(UUID clientId, State state, Outcome outcome, Instant decidedAt) {

        /** Whether the server still holds it for a decision. */
        public enum State { WAITING, DECIDED, UNKNOWN }
    }

    /** A held meeting of the club, waiting or decided. */
    @Transactional(readOnly = true)
    public HeldSubmission get(UUID clubId, UUID heldId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from held_meeting_submission where id = :id and club_id = :c")
                .param("id", heldId).param("c", clubId).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("meetings.held.notFound", heldId));
    }

    /**
     * Records the meeting as it was sent over the meeting as it is now (its current version), with every
     * rule of a meeting checked again: refused whole, and still waiting, when it breaks one (a member has
     * left since). Decided as kept, by the actor, now.
     */
    public Meeting keepSent(UUID clubId, UUID heldId, String actor, AreaScope scope) {
        HeldSubmission held = waitingOne(clubId, heldId, scope);
        MeetingEntry e = held.sent().entry();
        UUID meetingId = held.meetingId() != null ? held.meetingId() : e.id();
        Integer current = meetingId == null ? null : jdbc.sql("select version from meeting where id = :m")
                .param("m", meetingId).query(Integer.class).optional().orElse(null);
        MeetingEntry over = new MeetingEntry(meetingId, current, e.heldOn(), e.place(), e.learningTopic(),
                e.otherTopics(), e.guests(), e.guestNames(), e.rows(), e.finished(), null);
        Meeting saved = meetings.record(clubId, over, actor, scope);
        decide(held, Outcome.KEPT_SENT, actor);
        return saved;
    }

    /** Keeps the meeting as it is recorded: the one sent is dropped, decided by the actor, now. */
    public void keepCurrent(UUID clubId, UUID heldId, String actor, AreaScope scope) {
        decide(waitingOne(clubId, heldId, scope), Outcome.KEPT_CURRENT, actor);
    }

    /** The phone took the server's meeting and dropped its own save: the save held for it, if any, is decided. */
    public void droppedOnPhone(UUID clubId, UUID clientId, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        waitingId(clubId, clientId).ifPresent(id -> decide(get(clubId, id, scope), Outcome.DROPPED_ON_PHONE, actor));
    }

    /**
     * Records a meeting as {@link Meetings#record} does; when the save resends what a held save sent (the
     * phone kept its own after a refusal, {@code resolves}; or sent it again corrected, under the same client
     * id), that held save is decided as kept in the same transaction.
     */
    public Meeting record(UUID clubId, MeetingEntry entry, UUID resolves, String actor, AreaScope scope) {
        Meeting saved = meetings.record(clubId, entry, actor, scope);
        for (UUID settled : new java.util.LinkedHashSet<>(java.util.Arrays.asList(resolves, entry.clientId()))) {
            if (settled != null) {
                waitingId(clubId, settled).ifPresent(id -> decide(get(clubId, id, scope), Outcome.KEPT_SENT, actor));
            }
        }
        return saved;
    }

    private HeldSubmission waitingOne(UUID clubId, UUID heldId, AreaScope scope) {
        HeldSubmission held = get(clubId, heldId, scope);
        if (!held.waiting()) {
            throw new InvalidInputException("meetings.held.decided", null);
        }
        return held;
    }

    private void decide(HeldSubmission held, Outcome outcome, String actor) {
        int decided = jdbc.sql("""
                update held_meeting_submission set resolved_at = :at, resolved_by = :actor, resolution = :outcome
                where id = :id and resolved_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("outcome", outcome.name())
                .param("id", held.id()).update();
        if (decided == 0) {
            throw new InvalidInputException("meetings.held.decided", null);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", outcome.name());
        detail.put("sentBy", held.sent().by());
        detail.put("sentAt", held.sent().at().toString());
        detail.put("heldOn", String.valueOf(held.sent().entry().heldOn()));
        events.publishEvent(new HeldMeetingChanged(held.meetingId(), held.id(), "meeting.held.decided", actor, detail));
        log.info("Held meeting save {} of club {} decided: {}", held.id(), held.clubId(), outcome);
    }

    private Optional<UUID> waitingId(UUID clubId, UUID clientId) {
        return jdbc.sql("select id from held_meeting_submission where club_id = :c and client_id = :client "
                        + "and resolved_at is null").param("c", clubId).param("client", clientId).query(UUID.class)
                .optional();
    }

    private HeldSubmission row(ResultSet rs, int n) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        Instant submittedAt = rs.getTimestamp("submitted_at").toInstant();
        int version = rs.getInt("server_version");
        Integer serverVersion = rs.wasNull() ? null : version;
        return new HeldSubmission(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getObject("meeting_id", UUID.class), rs.getObject("client_id", UUID.class),
                new HeldSubmission.Sent(json.readValue(rs.getString("body"), MeetingEntry.class),
                        rs.getString("submitted_by"), submittedAt),
                new HeldSubmission.Refusal(Reason.valueOf(rs.getString("reason")), serverVersion,
                        problems(rs.getString("problems"))),
                resolvedAt == null ? null : new HeldSubmission.Resolution(Outcome.valueOf(rs.getString("resolution")),
                        rs.getString("resolved_by"), resolvedAt.toInstant()));
    }

    /** What was wrong with a refused save, as kept: the field, the message key and its arguments as text. */
    record StoredProblem(String field, String key, List<String> args) {
    }

    private List<Problem> problems(String stored) {
        if (stored == null) {
            return List.of();
        }
        return java.util.Arrays.stream(json.readValue(stored, StoredProblem[].class))
                .map(p -> new Problem(p.field(), p.key(), p.args() == null ? new Object[0] : p.args().toArray()))
                .toList();
    }
}
