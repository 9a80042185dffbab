package vn.ishc.funds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.HeldMoneySubmission.Outcome;
import vn.ishc.funds.HeldMoneySubmission.SentLine;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.UserFacingException;

/**
 * The money of a meeting that the server refused (a repayment more than is owed, a member who left, an amount it
 * could not read): held as it was typed, once for each submission however often it is sent again, until a person
 * of the club or its area corrects it and sends it again with the same submission (saved when that is recorded)
 * or drops it. Holding records no money.
 */
@Service
@Transactional
public class HeldMoney {

    private static final Logger log = LoggerFactory.getLogger(HeldMoney.class);
    private static final TypeReference<List<SentLine>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<Object>> ARGUMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final MeetingMoney meetingMoney;
    private final Clubs clubs;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    HeldMoney(JdbcClient jdbc, MeetingMoney meetingMoney, Clubs clubs, ApplicationEventPublisher events, JsonMapper json,
              Clock clock) {
        this.jdbc = jdbc;
        this.meetingMoney = meetingMoney;
        this.clubs = clubs;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Holds the club's meeting money as it was sent, with the refusal: the same submission refused again is held
     * once, with what it sent and why brought up to date. In a transaction of its own, so that it stays whatever
     * became of the refused one. Only a submission with an id is held: the id is what recognises it sent again.
     *
     * @param refusedLine the line refused, from 0, or null when the whole submission was refused
     * @return the held submission's id, or empty when the submission has no id
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<UUID> hold(UUID clubId, String submission, LocalDate day, List<SentLine> lines, Integer refusedLine,
                               UserFacingException refusal, String actor, AreaScope scope) {
        if (submission == null || submission.isBlank()) {
            return Optional.empty();
        }
        clubs.get(clubId, scope);
        Map<String, Object> row = jdbc.sql("""
                insert into held_money_submission (id, club_id, submission, meeting_day, lines, refused_line, refusal_key,
                                                   refusal_args, submitted_by, submitted_at)
                values (:id, :club, :submission, :day, cast(:lines as jsonb), :line, :key, cast(:args as jsonb), :actor, :at)
                on conflict (club_id, submission) where resolved_at is null do update
                   set meeting_day = excluded.meeting_day, lines = excluded.lines, refused_line = excluded.refused_line,
                       refusal_key = excluded.refusal_key, refusal_args = excluded.refusal_args,
                       submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at
                returning id, (xmax = 0) as added""")
                .param("id", UUID.randomUUID()).param("club", clubId).param("submission", submission.strip())
                .param("day", day).param("lines", json.writeValueAsString(lines == null ? List.of() : lines))
                .param("line", refusedLine).param("key", refusal.messageKey())
                .param("args", json.writeValueAsString(Arrays.asList(refusal.arguments())))
                .param("actor", actor).param("at", Timestamp.from(clock.instant())).query().singleRow();
        UUID id = (UUID) row.get("id");
        boolean added = Boolean.TRUE.equals(row.get("added"));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("submission", submission.strip());
        detail.put("meetingDay", String.valueOf(day));
        detail.put("refusal", refusal.messageKey());
        detail.put("refusedLine", refusedLine == null ? "" : refusedLine);
        events.publishEvent(new HeldMoneyChanged(clubId, id, added ? "meeting_money.held" : "meeting_money.held_again",
                actor, detail));
        log.info("Meeting money {} of club {} refused ({}, line {}) and held as {}", submission.strip(), clubId,
                refusal.messageKey(), refusedLine, id);
        return Optional.of(id);
    }

    /** The club's meeting money held for a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldMoneySubmission> waiting(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from held_money_submission where club_id = :c and resolved_at is null "
                + "order by submitted_at, id").param("c", clubId).query(this::row).list();
    }

    /**
     * What became of the meeting money a phone still lists as held, by its submissions: each still waiting,
     * decided (saved after a correction, or dropped) and when, or unknown here. Money held again after a
     * decision counts by its last holding.
     */
    @Transactional(readOnly = true)
    public List<PhoneHeld> onPhone(UUID clubId, List<String> submissions, AreaScope scope) {
        clubs.get(clubId, scope);
        return submissions.stream().map(String::strip).distinct().map(submission -> jdbc.sql("""
                        select resolution, resolved_at from held_money_submission
                        where club_id = :c and submission = :s
                        order by resolved_at is null desc, resolved_at desc limit 1""")
                .param("c", clubId).param("s", submission)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("resolved_at");
                    return at == null ? new PhoneHeld(submission, PhoneHeld.State.WAITING, null, null)
                            : new PhoneHeld(submission, PhoneHeld.State.DECIDED,
                            Outcome.valueOf(rs.getString("resolution")), at.toInstant());
                }).optional().orElse(new PhoneHeld(submission, PhoneHeld.State.UNKNOWN, null, null))).toList();
    }

    /** Meeting money a phone lists as held, as the server knows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PhoneHeldMoney")
    public record PhoneHeld(String submission, State state, Outcome outcome, java.time.Instant decidedAt) {

        /** Whether the server still holds it for a decision. */
        public enum State { WAITING, DECIDED, UNKNOWN }
    }

    /** Held meeting money of the club, waiting or decided. */
    @Transactional(readOnly = true)
    public HeldMoneySubmission get(UUID clubId, UUID heldId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from held_money_submission where id = :id and club_id = :c")
                .param("id", heldId).param("c", clubId).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("funds.held.notFound", heldId));
    }

    /** The held money still waiting, to correct and send again; refused when it was decided already. */
    @Transactional(readOnly = true)
    public HeldMoneySubmission toSendAgain(UUID clubId, UUID heldId, AreaScope scope) {
        HeldMoneySubmission held = get(clubId, heldId, scope);
        if (!held.waiting()) {
            throw new InvalidInputException("funds.held.decided", null);
        }
        return held;
    }

    /**
     * Records the meeting's money as {@link MeetingMoney#collect} does; the money held for the same submission of
     * the club, if any, is decided as saved in the same transaction.
     */
    public MeetingMoney.Result collect(UUID clubId, LocalDate day, List<MeetingMoney.Line> lines, String submission,
                                       String actor, AreaScope scope) {
        MeetingMoney.Result result = meetingMoney.collect(clubId, day, lines, actor, scope);
        if (submission != null && !submission.isBlank()) {
            jdbc.sql("select id from held_money_submission where club_id = :c and submission = :s and resolved_at is null")
                    .param("c", clubId).param("s", submission.strip()).query(UUID.class).optional()
                    .ifPresent(id -> decide(get(clubId, id, scope), Outcome.SAVED, actor));
        }
        return result;
    }

    /** Drops the held money: nothing of it is recorded. Decided by the actor, now; refused when decided already. */
    public void drop(UUID clubId, UUID heldId, String actor, AreaScope scope) {
        decide(toSendAgain(clubId, heldId, scope), Outcome.DROPPED, actor);
    }

    private void decide(HeldMoneySubmission held, Outcome outcome, String actor) {
        int decided = jdbc.sql("""
                update held_money_submission set resolved_at = :at, resolved_by = :actor, resolution = :outcome
                where id = :id and resolved_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("outcome", outcome.name())
                .param("id", held.id()).update();
        if (decided == 0) {
            throw new InvalidInputException("funds.held.decided", null);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", outcome.name());
        detail.put("submission", held.submission());
        detail.put("meetingDay", String.valueOf(held.meetingDay()));
        detail.put("sentBy", held.sentBy());
        detail.put("sentAt", held.sentAt().toString());
        events.publishEvent(new HeldMoneyChanged(held.clubId(), held.id(), "meeting_money.held.decided", actor, detail));
        log.info("Held meeting money {} of club {} decided: {}", held.id(), held.clubId(), outcome);
    }

    private HeldMoneySubmission row(ResultSet rs, int n) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        int line = rs.getInt("refused_line");
        Integer refusedLine = rs.wasNull() ? null : line;
        return new HeldMoneySubmission(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getString("submission"), rs.getObject("meeting_day", LocalDate.class),
                json.readValue(rs.getString("lines"), LINES),
                new HeldMoneySubmission.Refusal(refusedLine, rs.getString("refusal_key"),
                        json.readValue(rs.getString("refusal_args"), ARGUMENTS)),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                resolvedAt == null ? null : new HeldMoneySubmission.Resolution(Outcome.valueOf(rs.getString("resolution")),
                        rs.getString("resolved_by"), resolvedAt.toInstant()));
    }
}
