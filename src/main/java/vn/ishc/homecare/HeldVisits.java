package vn.ishc.homecare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Clubs;
import vn.ishc.homecare.HeldVisit.Outcome;
import vn.ishc.meetings.Problem;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.UserFacingException;

/**
 * Home visits that the server refused (the person not in care that day, a volunteer not assigned, a reading out of
 * range, an id used by another visit): held as they were typed, once for each visit id however often sent again,
 * until the club's board, an officer of its area or the volunteer who sent it corrects it and sends it again
 * (settled when it is recorded) or drops it. Holding records no visit. A volunteer reads and decides only what
 * they sent ({@code onlyOf}: their user name; null for the board and the officers).
 */
@Service
@Transactional
public class HeldVisits {

    private static final Logger log = LoggerFactory.getLogger(HeldVisits.class);
    private static final TypeReference<Map<String, List<String>>> SENT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final HomeCareTeam team;
    private final HomeVisits visits;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    HeldVisits(JdbcClient jdbc, Clubs clubs, HomeCareTeam team, HomeVisits visits, ApplicationEventPublisher events,
               JsonMapper json, Clock clock) {
        this.visits = visits;
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.team = team;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** An argument of a message as kept: a text, or the key of a message read in the reader's language. */
    record StoredArgument(String text, String key) {
    }

    /** What was wrong, as kept. */
    record StoredProblem(String field, String key, List<StoredArgument> args) {
    }

    /**
     * Holds the visit to the recipient as it was sent, with the refusal: the same visit id refused again is held
     * once, with what it sent and why brought up to date. In a transaction of its own, so that it stays whatever
     * became of the refused one.
     *
     * @return the held visit's id, or empty when the visit has no id
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<UUID> hold(UUID recipientId, UUID visitId, Map<String, List<String>> sent,
                               UserFacingException refusal, String actor, AreaScope scope) {
        if (visitId == null) {
            return Optional.empty();
        }
        CareRecipient r = team.recipient(recipientId, scope);
        List<Problem> problems = refusal instanceof RefusedEntry refused ? refused.problems()
                : List.of(new Problem(refusal.field() == null ? "form" : refusal.field(), refusal.messageKey(),
                refusal.arguments() == null ? new Object[0] : refusal.arguments()));
        Map<String, Object> row = jdbc.sql("""
                insert into held_visit_submission (id, club_id, recipient_id, visit_id, sent, problems, submitted_by,
                                                   submitted_at)
                values (:id, :club, :recipient, :visit, cast(:sent as jsonb), cast(:problems as jsonb), :actor, :at)
                on conflict (club_id, visit_id) where resolved_at is null do update
                   set recipient_id = excluded.recipient_id, sent = excluded.sent, problems = excluded.problems,
                       submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at
                returning id, (xmax = 0) as added""")
                .param("id", UUID.randomUUID()).param("club", r.clubId()).param("recipient", r.id())
                .param("visit", visitId).param("sent", json.writeValueAsString(sent))
                .param("problems", json.writeValueAsString(problems.stream().map(HeldVisits::stored).toList()))
                .param("actor", actor).param("at", Timestamp.from(clock.instant())).query().singleRow();
        UUID id = (UUID) row.get("id");
        boolean added = Boolean.TRUE.equals(row.get("added"));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("visit", visitId.toString());
        detail.put("refusal", problems.stream().map(Problem::messageKey).toList());
        events.publishEvent(new HeldVisitChanged(r.clubId(), id, added ? "homecare.visit.held" : "homecare.visit.held_again",
                actor, detail));
        log.info("Home visit {} of club {} refused ({}) and held as {}", visitId, r.clubId(),
                problems.stream().map(Problem::messageKey).toList(), id);
        return Optional.of(id);
    }

    /** The club's visits held for a decision, oldest first: all of them, or only those {@code onlyOf} sent. */
    @Transactional(readOnly = true)
    public List<HeldVisit> waiting(UUID clubId, String onlyOf, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("""
                select * from held_visit_submission
                where club_id = :c and resolved_at is null and (cast(:only as text) is null or submitted_by = :only)
                order by submitted_at, id""").param("c", clubId).param("only", onlyOf).query(this::row).list();
    }

    /** A held visit of the club, waiting or decided. */
    @Transactional(readOnly = true)
    public HeldVisit get(UUID clubId, UUID heldId, String onlyOf, AreaScope scope) {
        clubs.get(clubId, scope);
        HeldVisit held = jdbc.sql("select * from held_visit_submission where id = :id and club_id = :c")
                .param("id", heldId).param("c", clubId).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("homecare.held.notFound", heldId));
        team.recipient(held.recipientId(), scope);
        if (onlyOf != null && !onlyOf.equals(held.sentBy())) {
            throw new OutOfScopeException("held visit " + heldId + " sent by another volunteer");
        }
        return held;
    }

    /** The held visit still waiting, to correct and send again; refused when it was decided already. */
    @Transactional(readOnly = true)
    public HeldVisit toSendAgain(UUID heldId, String onlyOf, AreaScope scope) {
        UUID clubId = jdbc.sql("select club_id from held_visit_submission where id = :id").param("id", heldId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("homecare.held.notFound", heldId));
        HeldVisit held = get(clubId, heldId, onlyOf, scope);
        if (!held.waiting()) {
            throw new InvalidInputException("homecare.held.decided", null);
        }
        return held;
    }

    /**
     * Records the visit as {@link HomeVisits#record} does; the held visit it settles (the one sent again from,
     * {@code heldId}, or one held under the same visit id) is decided as saved in the same transaction.
     */
    public HomeVisit record(NewVisit v, UUID heldId, String actor, boolean byVolunteer, AreaScope scope) {
        HomeVisit saved = visits.record(v, actor, byVolunteer, scope);
        CareRecipient r = team.recipient(saved.recipientId(), scope);
        jdbc.sql("""
                select * from held_visit_submission
                where club_id = :c and resolved_at is null and (id = :held or (recipient_id = :r and visit_id = :v))""")
                .param("c", r.clubId()).param("held", heldId).param("r", r.id()).param("v", saved.id())
                .query(this::row).list().forEach(h -> decide(h, Outcome.SAVED, actor));
        return saved;
    }

    /** Drops the held visit: no visit is recorded from it. Refused when it was decided already. */
    public void drop(UUID clubId, UUID heldId, String onlyOf, String actor, AreaScope scope) {
        HeldVisit held = get(clubId, heldId, onlyOf, scope);
        if (!held.waiting()) {
            throw new InvalidInputException("homecare.held.decided", null);
        }
        decide(held, Outcome.DROPPED, actor);
    }

    /**
     * What became of the visits a phone still lists as held, by their ids: each still waiting, decided (saved or
     * dropped) and when, or unknown here. A visit held again after a decision counts by its last holding.
     */
    @Transactional(readOnly = true)
    public List<PhoneHeld> onPhone(UUID recipientId, List<UUID> visits, AreaScope scope) {
        CareRecipient r = team.recipient(recipientId, scope);
        return visits.stream().distinct().map(visit -> jdbc.sql("""
                        select resolution, resolved_at from held_visit_submission
                        where club_id = :c and recipient_id = :r and visit_id = :v
                        order by resolved_at is null desc, resolved_at desc limit 1""")
                .param("c", r.clubId()).param("r", r.id()).param("v", visit)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("resolved_at");
                    return at == null ? new PhoneHeld(visit, PhoneHeld.State.WAITING, null, null)
                            : new PhoneHeld(visit, PhoneHeld.State.DECIDED, Outcome.valueOf(rs.getString("resolution")),
                            at.toInstant());
                }).optional().orElse(new PhoneHeld(visit, PhoneHeld.State.UNKNOWN, null, null))).toList();
    }

    /** A visit a phone lists as held, as the server knows it. */
    public record PhoneHeld(UUID visit, State state, Outcome outcome, Instant decidedAt) {

        /** Whether the server still holds it for a decision. */
        public enum State { WAITING, DECIDED, UNKNOWN }
    }

    private void decide(HeldVisit held, Outcome outcome, String actor) {
        int decided = jdbc.sql("""
                update held_visit_submission set resolved_at = :at, resolved_by = :actor, resolution = :outcome
                where id = :id and resolved_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("outcome", outcome.name())
                .param("id", held.id()).update();
        if (decided == 0) {
            throw new InvalidInputException("homecare.held.decided", null);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", outcome.name());
        detail.put("visit", held.visitId().toString());
        detail.put("sentBy", held.sentBy());
        detail.put("sentAt", held.sentAt().toString());
        events.publishEvent(new HeldVisitChanged(held.clubId(), held.id(), "homecare.visit.held.decided", actor, detail));
        log.info("Held home visit {} of club {} decided: {}", held.id(), held.clubId(), outcome);
    }

    private static StoredProblem stored(Problem p) {
        return new StoredProblem(p.field(), p.messageKey(), Arrays.stream(p.arguments())
                .map(a -> a instanceof MessageSourceResolvable m && m.getCodes() != null && m.getCodes().length > 0
                        ? new StoredArgument(null, m.getCodes()[0]) : new StoredArgument(String.valueOf(a), null))
                .toList());
    }

    private HeldVisit row(ResultSet rs, int n) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        List<Problem> problems = Arrays.stream(json.readValue(rs.getString("problems"), StoredProblem[].class))
                .map(p -> new Problem(p.field(), p.key(), p.args() == null ? new Object[0] : p.args().stream()
                        .map(a -> a.key() != null ? (Object) new DefaultMessageSourceResolvable(a.key()) : a.text())
                        .toArray()))
                .toList();
        return new HeldVisit(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getObject("recipient_id", UUID.class), rs.getObject("visit_id", UUID.class),
                json.readValue(rs.getString("sent"), SENT), problems, rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                resolvedAt == null ? null : new HeldVisit.Resolution(Outcome.valueOf(rs.getString("resolution")),
                        rs.getString("resolved_by"), resolvedAt.toInstant()));
    }
}
