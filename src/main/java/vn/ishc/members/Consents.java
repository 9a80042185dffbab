package vn.ishc.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.PeopleMerged;
import vn.ishc.shared.VietnameseText;

/**
 * Each person's consents and legal bases for processing their data, and their withdrawals, kept as an
 * append-only history. A person whose consent to health monitoring is withdrawn, with no other basis for
 * it in force, has no new health readings taken.
 */
@Service
@Transactional
public class Consents {

    static final int WITNESS_MAX = 100;
    static final int REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(JdbcClient jdbc, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A person's consents and legal bases, the latest given first, if the person is in the scope. */
    @Transactional(readOnly = true)
    public List<Consent> of(UUID personId, AreaScope scope) {
        members.person(personId, scope);
        return jdbc.sql("""
                        select c.*, w.withdrawn_on, w.reason, w.withdrawn_by, w.recorded_at as withdrawal_recorded_at
                        from person_consent c left join person_consent_withdrawal w on w.consent_id = c.id
                        where c.person_id = :p order by c.given_on desc, c.recorded_at desc""")
                .param("p", personId).query(Consents::map).list();
    }

    /** Records a consent or legal basis of a person in the scope; the same id sent again is recorded once. */
    public Consent record(UUID personId, NewConsent entered, String actor, AreaScope scope) {
        return record(personId, entered, null, actor, scope);
    }

    /**
     * Records a consent or legal basis of a person in the scope. A request key (the API's Idempotency-Key, the
     * form's hidden key) or a client's id sent again with the same consent answers the consent recorded the
     * first time; sent with anything else (another person, basis, purpose, date, evidence or witness) it is
     * refused, naming the key or id, and nothing is recorded.
     */
    public Consent record(UUID personId, NewConsent entered, String requestKey, String actor, AreaScope scope) {
        Person person = members.person(personId, scope).person();
        Members.requireValue(entered, "consent");
        String key = requestKey == null || requestKey.isBlank() ? null : requestKey.strip();
        UUID id = entered.id() != null ? entered.id() : key != null ? keyedId(key) : UUID.randomUUID();
        var earlier = recorded(id);
        if (earlier.isPresent()) {
            return replay(personId, entered, earlier.get(), key, scope);
        }
        Consent.Basis basis = Members.requireValue(entered.basis(), "basis");
        if (entered.purposes() == null || entered.purposes().isEmpty()) {
            throw InvalidInputException.missing("members.field.missing", "purposes");
        }
        LocalDate givenOn = Members.requireValue(entered.givenOn(), "givenOn");
        if (givenOn.isAfter(today()) || givenOn.getYear() < person.birthYear()) {
            throw new InvalidInputException("members.consent.givenOn", "givenOn", givenOn);
        }
        Consent.Evidence evidence = Members.requireValue(entered.evidence(), "evidence");
        String witness = witness(entered);
        if (evidence == Consent.Evidence.ORAL_WITH_WITNESS && witness == null) {
            throw new InvalidInputException("members.consent.witnessMissing", "witness");
        }
        if (witness != null && witness.length() > WITNESS_MAX) {
            throw new InvalidInputException("members.consent.witnessTooLong", "witness", WITNESS_MAX);
        }
        String[] purposes = entered.purposes().stream().sorted().map(Enum::name).toArray(String[]::new);
        // Two taps at once both find nothing: the second insert does nothing and answers the first's consent.
        int added = jdbc.sql("""
                        insert into person_consent (id, person_id, basis, purposes, given_on, evidence, witness, recorded_by)
                        values (:id, :p, :basis, cast(:purposes as text[]), :on, :evidence, :witness, :actor)
                        on conflict (id) do nothing""")
                .param("id", id).param("p", personId).param("basis", basis.name())
                .param("purposes", purposes).param("on", givenOn).param("evidence", evidence.name())
                .param("witness", witness).param("actor", actor).update();
        if (added == 0) {
            return replay(personId, entered, recorded(id).orElseThrow(), key, scope);
        }
        events.publishEvent(new MemberChanged(personId, "consent.recorded", actor, Map.of("consent", id.toString(),
                "basis", basis.name(), "purposes", List.of(purposes), "givenOn", givenOn.toString(),
                "evidence", evidence.name())));
        return find(personId, id, scope);
    }

    /** Records that a consent of a person in the scope is withdrawn from a date, for a reason. */
    public Consent withdraw(UUID personId, UUID consentId, ConsentWithdrawal entered, String actor, AreaScope scope) {
        return withdraw(personId, consentId, entered, null, actor, scope);
    }

    /**
     * Records that a consent of a person in the scope is withdrawn from a date, for a reason. A consent is
     * withdrawn once: with a request key, the same withdrawal sent again (same date, reason and person who
     * records it) answers the consent as first withdrawn; anything else is refused, naming the key.
     */
    public Consent withdraw(UUID personId, UUID consentId, ConsentWithdrawal entered, String requestKey, String actor,
                            AreaScope scope) {
        Consent consent = find(personId, consentId, scope);
        Members.requireValue(entered, "withdrawal");
        String key = requestKey == null || requestKey.isBlank() ? null : requestKey.strip();
        if (!consent.active() && key != null) {
            Consent.Withdrawal first = consent.withdrawal();
            if (first.withdrawnOn().equals(entered.withdrawnOn()) && first.withdrawnBy().equals(actor)
                    && first.reason().equals(VietnameseText.clean(entered.reason()))) {
                return consent;
            }
            throw new InvalidInputException("members.idempotency.reused", "Idempotency-Key", key);
        }
        if (!consent.active()) {
            throw new InvalidInputException("members.consent.alreadyWithdrawn", "consentId",
                    consent.withdrawal().withdrawnOn());
        }
        if (consent.basis() != Consent.Basis.CONSENT) {
            throw new InvalidInputException("members.consent.notWithdrawable", "consentId",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("consent.basis." + consent.basis()));
        }
        LocalDate on = Members.requireValue(entered.withdrawnOn(), "withdrawnOn");
        if (on.isBefore(consent.givenOn()) || on.isAfter(today())) {
            throw new InvalidInputException("members.consent.withdrawnOn", "withdrawnOn", on, consent.givenOn());
        }
        String reason = VietnameseText.clean(entered.reason());
        if (reason == null || reason.isEmpty()) {
            throw InvalidInputException.missing("members.field.missing", "reason");
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidInputException("members.consent.reasonTooLong", "reason", REASON_MAX);
        }
        int added = jdbc.sql("""
                        insert into person_consent_withdrawal (consent_id, withdrawn_on, reason, withdrawn_by)
                        values (:id, :on, :reason, :actor) on conflict (consent_id) do nothing""")
                .param("id", consentId).param("on", on).param("reason", reason).param("actor", actor).update();
        if (added == 0) {
            // Sent twice at once: the other request withdrew it first.
            return withdraw(personId, consentId, entered, key, actor, scope);
        }
        events.publishEvent(new MemberChanged(personId, "consent.withdrawn", actor, Map.of("consent",
                consentId.toString(), "withdrawnOn", on.toString(),
                "purposes", consent.purposes().stream().map(Enum::name).sorted().toList())));
        return find(personId, consentId, scope);
    }

    /**
     * Of these people, those from whom no health reading taken on a date may be recorded, with their names:
     * they withdrew a consent to health monitoring on or before that date and have no basis for it in force.
     * People with no consent recorded yet (those enrolled before consents were kept) are not refused.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> refusingHealthReadings(Collection<UUID> people, LocalDate takenOn) {
        Map<UUID, String> refused = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return refused;
        }
        jdbc.sql("""
                        select p.id, p.full_name from person p
                        where p.id = any(:people)
                          and exists (select 1 from person_consent c join person_consent_withdrawal w on w.consent_id = c.id
                                      where c.person_id = p.id and 'HEALTH_MONITORING' = any(c.purposes)
                                        and w.withdrawn_on <= :on)
                          and not exists (select 1 from person_consent c
                                          where c.person_id = p.id and 'HEALTH_MONITORING' = any(c.purposes)
                                            and not exists (select 1 from person_consent_withdrawal w where w.consent_id = c.id))
                        order by p.full_name collate \"vi-x-icu\"""")
                .param("people", people.toArray(UUID[]::new)).param("on", takenOn)
                .query(rs -> {
                    refused.put(rs.getObject("id", UUID.class), rs.getString("full_name"));
                });
        return refused;
    }

    /** Two records of one person merged: the removed one's consents are the kept person's. */
    @EventListener
    void on(PeopleMerged event) {
        jdbc.sql("update person_consent set person_id = :kept where person_id = :removed")
                .param("kept", event.kept()).param("removed", event.removed()).update();
    }

    /** The id a consent recorded with a request key gets: the same key always names the same consent. */
    static UUID keyedId(String key) {
        return UUID.nameUUIDFromBytes(("person_consent\u001f" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private record Recorded(UUID id, UUID personId) {
    }

    private java.util.Optional<Recorded> recorded(UUID id) {
        return jdbc.sql("select id, person_id from person_consent where id = :id").param("id", id)
                .query((rs, n) -> new Recorded(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class)))
                .optional();
    }

    /** The consent recorded first under this id, if the request is the same; refused otherwise. */
    private Consent replay(UUID personId, NewConsent entered, Recorded earlier, String key, AreaScope scope) {
        InvalidInputException reused = key != null && entered.id() == null
                ? new InvalidInputException("members.idempotency.reused", "Idempotency-Key", key)
                : new InvalidInputException("members.consent.idReused", "id", earlier.id());
        if (!earlier.personId().equals(personId)) {
            throw reused;
        }
        Consent first = find(personId, earlier.id(), scope);
        boolean same = first.basis() == entered.basis() && first.purposes().equals(entered.purposes() == null
                ? Set.of() : Set.copyOf(entered.purposes()))
                && first.givenOn().equals(entered.givenOn()) && first.evidence() == entered.evidence()
                && java.util.Objects.equals(first.witness(), witness(entered));
        if (!same) {
            throw reused;
        }
        return first;
    }

    private static String witness(NewConsent entered) {
        String witness = VietnameseText.clean(entered.witness());
        return witness == null || witness.isEmpty() ? null : witness;
    }

    private Consent find(UUID personId, UUID consentId, AreaScope scope) {
        return of(personId, scope).stream().filter(c -> c.id().equals(consentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("members.consent.notFound", consentId));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static Consent map(ResultSet rs, int n) throws SQLException {
        Set<Consent.Purpose> purposes = EnumSet.noneOf(Consent.Purpose.class);
        Arrays.stream((String[]) rs.getArray("purposes").getArray()).map(Consent.Purpose::valueOf).forEach(purposes::add);
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        Consent.Withdrawal withdrawal = withdrawnOn == null ? null : new Consent.Withdrawal(withdrawnOn,
                rs.getString("reason"), rs.getString("withdrawn_by"),
                rs.getTimestamp("withdrawal_recorded_at").toInstant());
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                Consent.Basis.valueOf(rs.getString("basis")), java.util.Collections.unmodifiableSet(purposes),
                rs.getObject("given_on", LocalDate.class), Consent.Evidence.valueOf(rs.getString("evidence")),
                rs.getString("witness"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                withdrawal);
    }
}
