package vn.ishc.activities;

import java.time.LocalDate;
import java.util.UUID;

/** A person the club helped to claim a benefit, from the application to the decision. */
public record EntitlementCase(UUID id, UUID clubId, UUID personId, String personName, boolean member, Benefit benefit,
                              LocalDate appliedOn, Status status, LocalDate decidedOn, String notes, int version) {

    public enum Benefit { SOCIAL_PENSION, HEALTH_INSURANCE, DISABILITY_ALLOWANCE, POOR_HOUSEHOLD_SUPPORT, OTHER }

    public enum Status { APPLIED, OBTAINED, REFUSED }

    public boolean open() {
        return status == Status.APPLIED;
    }
}
