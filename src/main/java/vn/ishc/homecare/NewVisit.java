package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ishc.meetings.ReferralDestination;

/**
 * A visit as entered. The id may be supplied by the client so that a retry saves once. A referral is
 * recorded when {@code referralMade} is true or a destination is given, for any reason ({@code referralCause};
 * another reason is written in {@code referralReason}); an urgent blood pressure needs the answer to
 * {@code referralMade}.
 */
public record NewVisit(UUID id, UUID recipientId, LocalDate visitedOn, List<UUID> volunteerIds, Set<CareTask> tasks,
                       String observations, Integer systolic, Integer diastolic, Integer pulse, Boolean referralMade,
                       ReferralDestination referralTo, String referralReason, ReferralCause referralCause) {

    /** A visit without the referral's cause: taken from an urgent blood pressure or a reason written. */
    public NewVisit(UUID id, UUID recipientId, LocalDate visitedOn, List<UUID> volunteerIds, Set<CareTask> tasks,
                    String observations, Integer systolic, Integer diastolic, Integer pulse, Boolean referralMade,
                    ReferralDestination referralTo, String referralReason) {
        this(id, recipientId, visitedOn, volunteerIds, tasks, observations, systolic, diastolic, pulse, referralMade,
                referralTo, referralReason, null);
    }
}
