package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as saved: the answers, and the scores and need level (with the rules that gave it) computed
 * when it was saved, kept beside the answers so a past assessment keeps what it said.
 */
public record Assessment(UUID id, UUID caseId, LocalDate assessedOn, String assessor, AssessmentAnswers answers,
                         int barthelScore, int lawtonScore, NeedLevel level, List<NeedLevelRules.Reason> reasons) {
}
