package vn.ishc.longtermcare;

import java.util.List;

/**
 * Everything a case page shows: the case, its assessments newest first, the changes recorded newest first, what is
 * due, and the change in Barthel score between the last two assessments (null with fewer than two).
 */
public record CaseFile(LtcCase kase, List<Assessment> assessments, List<CaseChange> changes, List<CaseDue.Due> due,
                       Integer barthelChange) {
}
