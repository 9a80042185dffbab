package vn.ishc.members;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ishc.identity.AuditLog;

/**
 * Everything the system holds about one person, as given to them on request: their details and
 * memberships, their consents, what each module keeps about them (readings, attendance, visits, loans and
 * payments), and the audit log's lines about them.
 */
public record PersonalData(Instant exportedAt, String exportedBy, Person person, boolean anonymised,
                           List<PersonHistory.Entry> memberships, List<Consent> consents,
                           Map<String, List<Map<String, Object>>> records, List<AuditLog.Line> audit) {

    /** The same copy with the citizen ID masked, for a reader whose role does not need the whole number. */
    public PersonalData withCitizenIdMasked() {
        return new PersonalData(exportedAt, exportedBy, person == null ? null : person.withCitizenIdMasked(), anonymised,
                memberships, consents, records, audit);
    }
}
