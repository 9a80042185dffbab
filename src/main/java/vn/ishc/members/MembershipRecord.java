package vn.ishc.members;

import java.time.LocalDate;
import java.util.UUID;

/** One membership of a person in a club. */
public record MembershipRecord(UUID id, UUID personId, UUID clubId, LocalDate joinedOn, LocalDate leftOn,
                               String leftReason, int version) {
}
