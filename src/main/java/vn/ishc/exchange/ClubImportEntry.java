package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.clubs.BoardRole;

/**
 * What confirming saves of a row: the club to register (its id chosen at the preview, so a retry
 * registers it once) or to correct as read at {@code version}; and, for a club already registered, the
 * members each changed board position is to be held by from the day of saving.
 */
record ClubImportEntry(UUID clubId, Integer version, UUID villageId, String code, String name, String decisionNumber,
                       LocalDate decisionDate, LocalDate foundedOn, String meetingDay, boolean detailsChanged,
                       Map<BoardRole, List<UUID>> board) {
}
