package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.util.UUID;

/** A change recorded on a case: what happened and on which day. */
public record CaseChange(UUID id, UUID caseId, LocalDate happenedOn, ChangeKind kind, String recordedBy) {
}
