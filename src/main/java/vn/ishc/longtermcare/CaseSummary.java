package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.util.List;

/** A case on the list: the case, its last assessment's Barthel score and level (if assessed), and what is due. */
public record CaseSummary(LtcCase kase, Integer lastBarthel, NeedLevel lastLevel, List<CaseDue.Due> due) {

    /** The date of the earliest task due, or null when nothing is due. */
    public LocalDate firstDue() {
        return due.isEmpty() ? null : due.get(0).date();
    }
}
