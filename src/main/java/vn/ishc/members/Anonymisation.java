package vn.ishc.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.identity.AuditLog;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.PersonAnonymised;
import vn.ishc.shared.VietnameseText;

/**
 * Anonymising a person on request: the name becomes "Người đã ẩn danh #" and the first eight characters of
 * their id; citizen id, phone, health-insurance card number and exact birth date are cleared. Birth year,
 * sex, ethnicity, household, village, and whether and until when they held a health-insurance card stay, so
 * every figure counted from them stays as it was. Readings,
 * attendance, visits, loans and ledger entries keep the person's id and are not changed: wherever the person
 * is shown, it is by the pseudonym. The ledger's texts are never edited (it is append-only).
 */
@Service
@Transactional
public class Anonymisation {

    public static final String PSEUDONYM = "Người đã ẩn danh #";
    static final int REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Anonymisation(JdbcClient jdbc, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The pseudonym a person is shown by once anonymised. */
    public static String pseudonym(UUID personId) {
        return PSEUDONYM + personId.toString().substring(0, 8);
    }

    /** Whether the person was anonymised. */
    @Transactional(readOnly = true)
    public boolean isAnonymised(UUID personId) {
        return jdbc.sql("select anonymised_on is not null from person where id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The audit lines about a person as they may be shown: for an anonymised person, without the values
     * recorded (the log is append-only and keeps them; pages and copies show only who did what, when).
     */
    @Transactional(readOnly = true)
    public List<AuditLog.Line> shown(UUID personId, List<AuditLog.Line> lines) {
        if (!isAnonymised(personId)) {
            return lines;
        }
        return lines.stream().map(l -> new AuditLog.Line(l.at(), l.actor(), l.action(), l.target(), l.outcome(),
                "person.anonymised".equals(l.action()) ? l.detail() : "{}")).toList();
    }

    /** Anonymises a person in the scope, for a reason; refused when already done. Returns the pseudonym. */
    public String anonymise(UUID personId, String reason, String actor, AreaScope scope) {
        members.person(personId, scope);
        String why = VietnameseText.clean(reason);
        if (why == null || why.isEmpty()) {
            throw InvalidInputException.missing("members.field.missing", "reason");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException("members.consent.reasonTooLong", "reason", REASON_MAX);
        }
        if (isAnonymised(personId)) {
            throw new InvalidInputException("members.anonymise.already", "personId", pseudonym(personId));
        }
        anonymise(personId, actor, BusinessCalendar.today(clock), Map.of("reason", why));
        return pseudonym(personId);
    }

    /**
     * Replaces what identifies the person, leaving the figures' fields as they are; the other modules clear
     * their copies on the event, and the audit log records it with the detail given.
     */
    void anonymise(UUID personId, String actor, LocalDate on, Map<String, Object> detail) {
        String name = pseudonym(personId);
        jdbc.sql("""
                        update person set full_name = :name, name_key = :key, phone = null,
                            citizen_id = null, citizen_id_sealed = null, citizen_id_index = null,
                            hi_card_number = null,
                            hi_card_held = hi_card_held or coalesce(hi_card_number, '') <> '', anonymised_on = :on,
                            anonymised_by = :actor, version = version + 1, updated_at = now(), updated_by = :actor
                        where id = :id""")
                .param("name", name).param("key", VietnameseText.searchKey(name)).param("on", on)
                .param("actor", actor).param("id", personId).update();
        jdbc.sql("delete from person_distinct where person_a = :id or person_b = :id").param("id", personId).update();
        events.publishEvent(new PersonAnonymised(personId, name));
        events.publishEvent(new MemberChanged(personId, "person.anonymised", actor, detail));
    }
}
