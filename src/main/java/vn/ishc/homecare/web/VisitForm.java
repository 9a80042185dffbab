package vn.ishc.homecare.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.NewVisit;
import vn.ishc.homecare.ReferralCause;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.shared.InvalidInputException;

/** The visit form as typed on a phone; the id is made when the form is shown, so a resent form saves once. */
record VisitForm(UUID id, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn, List<UUID> volunteerIds,
                 Set<CareTask> tasks, String observations, String systolic, String diastolic, String pulse,
                 Boolean referralMade, ReferralDestination referralTo, ReferralCause referralCause,
                 String referralReason) {

    /** A new visit: nothing ticked, so that only what the volunteer did is recorded. */
    static VisitForm empty(LocalDate today, List<UUID> volunteers) {
        return new VisitForm(UUID.randomUUID(), today, volunteers, Set.of(), null, null, null, null, null, null, null, null);
    }

    /** The same form under a new id: another visit. */
    VisitForm withNewId() {
        return new VisitForm(UUID.randomUUID(), visitedOn, volunteerIds, tasks, observations, systolic, diastolic, pulse,
                referralMade, referralTo, referralCause, referralReason);
    }

    NewVisit command(UUID recipientId) {
        return new NewVisit(id, recipientId, visitedOn, volunteerIds, tasks, observations, number(systolic, "systolic"),
                number(diastolic, "diastolic"), number(pulse, "pulse"), referralMade, referralTo, referralReason, referralCause);
    }

    public boolean ticked(CareTask task) {
        return tasks != null && tasks.contains(task);
    }

    public boolean going(UUID volunteerId) {
        return volunteerIds != null && volunteerIds.contains(volunteerId);
    }

    private static Integer number(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("homecare.number.invalid", field,
                    new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field), typed.strip());
        }
    }
}
