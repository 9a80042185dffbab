package vn.ishc.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A person's consent, or another legal basis, for processing their data for some purposes (Decree
 * 13/2023/NĐ-CP): given on a date, on a signed paper form or orally before a named witness, recorded by a
 * user; withdrawn later, with a reason, by a withdrawal of its own (a consent is never edited).
 */
public record Consent(UUID id, UUID personId, Basis basis, Set<Purpose> purposes, LocalDate givenOn,
                      Evidence evidence, String witness, String recordedBy, Instant recordedAt, Withdrawal withdrawal) {

    /** Why the data may be processed: the person's consent, or a basis in law that needs none. */
    public enum Basis { CONSENT, LEGAL_OBLIGATION, PUBLIC_TASK, CONTRACT, VITAL_INTERESTS }

    /**
     * What the data is processed for: being a member (details, memberships, attendance), monitoring health
     * (blood pressure, weight, check-ups), home care (visits), loans and savings, and the figures reported.
     */
    public enum Purpose { MEMBERSHIP, HEALTH_MONITORING, HOME_CARE, LOANS, REPORTING }

    /** How the consent was given. */
    public enum Evidence { PAPER_FORM_SIGNED, ORAL_WITH_WITNESS }

    /** A consent withdrawn: from which date, why, and who recorded it. */
    public record Withdrawal(LocalDate withdrawnOn, String reason, String withdrawnBy, Instant recordedAt) {
    }

    public boolean active() {
        return withdrawal == null;
    }

    public boolean covers(Purpose purpose) {
        return purposes.contains(purpose);
    }
}
