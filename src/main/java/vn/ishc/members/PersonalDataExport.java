package vn.ishc.members;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.identity.AuditLog;
import vn.ishc.shared.AreaScope;

/**
 * A copy of everything the system holds about a person, made on their request; each copy made is a line
 * in the audit log (who, when), so a request can be shown to have been answered.
 */
@Service
@Transactional
public class PersonalDataExport {

    static final int AUDIT_LINES = 10_000;
    /** The sections that carry health data: a copy with any of them is a read of the person's health data. */
    static final List<String> HEALTH_SECTIONS = List.of("readings", "checkups", "referrals", "homeVisits");

    private final Members members;
    private final Consents consents;
    private final Anonymisation anonymisation;
    private final List<PersonalDataSource> sources;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final HealthReads reads;
    private final Clock clock;

    PersonalDataExport(Members members, Consents consents, Anonymisation anonymisation, List<PersonalDataSource> sources,
                       AuditLog audit, ApplicationEventPublisher events, HealthReads reads, Clock clock) {
        this.reads = reads;
        this.members = members;
        this.consents = consents;
        this.anonymisation = anonymisation;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The person's data, if they are in the scope; the export is audited with its format. */
    public PersonalData export(UUID personId, String format, String actor, AreaScope scope) {
        PersonHistory history = members.person(personId, scope);
        Map<String, List<Map<String, Object>>> records = new TreeMap<>();
        sources.forEach(s -> records.putAll(s.about(personId)));
        if (HEALTH_SECTIONS.stream().anyMatch(k -> !records.getOrDefault(k, List.of()).isEmpty())) {
            reads.read(actor, HealthReads.What.PERSONAL_DATA, "person:" + personId, List.of(personId));
        }
        List<AuditLog.Line> lines = anonymisation.shown(personId, audit.forTarget("person:" + personId, AUDIT_LINES));
        events.publishEvent(new MemberChanged(personId, "person.exported", actor, Map.of("format", format)));
        return new PersonalData(clock.instant(), actor, history.person(), anonymisation.isAnonymised(personId),
                history.memberships(), consents.of(personId, scope), records, lines);
    }
}
