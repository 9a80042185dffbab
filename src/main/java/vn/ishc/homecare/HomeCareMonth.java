package vn.ishc.homecare;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A club's home care in a month: visits planned and made over all recipients with a plan, and each
 * recipient's progress; {@link #belowPlan()} are those with fewer visits than planned.
 */
public record HomeCareMonth(UUID clubId, YearMonth month, int planned, int done, List<RecipientProgress> recipients) {

    public List<RecipientProgress> belowPlan() {
        return recipients.stream().filter(RecipientProgress::belowPlan).toList();
    }
}
