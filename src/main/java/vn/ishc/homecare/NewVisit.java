package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.ReferralDestination;

/**
 * A visit as entered. The id may be supplied by the client so that a retry saves once. A referral is
 * recorded when {@code referralMade} is true or a destination is given; an urgent blood pressure needs
 * the answer to {@code referralMade}.
 */
public record NewVisit(UUID id, UUID recipientId, LocalDate visitedOn, List<UUID> volunteerIds, Set<CareTask> tasks,
                       String observations, Integer systolic, Integer diastolic, Integer pulse, Boolean referralMade,
                       ReferralDestination referralTo, String referralReason) {
}
