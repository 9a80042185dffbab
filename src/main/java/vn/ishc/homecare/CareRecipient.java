package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A person the club's volunteers care for at home, member or not, why, since when and until when. */
public record CareRecipient(UUID id, UUID clubId, UUID personId, String name, String village, Set<CareReason> reasons,
                            LocalDate from, LocalDate endedOn, String endReason, int version) {

    public boolean member() {
        return personId != null;
    }

    public boolean active() {
        return endedOn == null;
    }

    /** Whether the person was in care on that day. */
    public boolean inCareOn(LocalDate day) {
        return !day.isBefore(from) && (endedOn == null || !day.isAfter(endedOn));
    }
}
