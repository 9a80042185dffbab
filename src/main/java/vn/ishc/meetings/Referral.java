package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A referral to the commune health station or beyond, why, and its outcome once known. */
public record Referral(UUID id, UUID personId, LocalDate referredOn, ReferralDestination destination, String reason,
                       UUID readingId, String outcome, LocalDate outcomeOn) {
}
