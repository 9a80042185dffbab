package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.PressureLevel;
import vn.ishc.meetings.ReferralDestination;

/**
 * A home visit: the day, the volunteers who went, the tasks done, what they saw. A blood pressure taken
 * has its level here; the values are kept here only for a non-member (a member's reading is in the
 * health record, {@code readingId}), and so is a non-member's referral (a member's: {@code referralId}).
 * A referral's cause (fall, fever, no food, blood pressure, other) is kept with every visit referred.
 */
public record HomeVisit(UUID id, UUID recipientId, UUID clubId, LocalDate visitedOn, List<Volunteer> volunteers,
                        Set<CareTask> tasks, String observations, Integer systolic, Integer diastolic, Integer pulse,
                        PressureLevel level, Boolean referralMade, ReferralDestination referralTo, String referralReason,
                        UUID readingId, UUID referralId, int version, ReferralCause referralCause) {
}
