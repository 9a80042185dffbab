package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recipient's visits in a period against the plan: {@code planned} visits due in it, {@code done}
 * made; {@code lastVisit} is the latest visit on record, if any.
 */
public record RecipientProgress(UUID recipientId, String name, boolean member, String village, CarePlan plan,
                                int planned, int done, LocalDate lastVisit) {

    public boolean belowPlan() {
        return done < planned;
    }

    public int missing() {
        return Math.max(0, planned - done);
    }
}
