package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reading to record outside a meeting: from a home visit (origin id: the visit) or a check-up
 * campaign. The id may be supplied by the client so that sending it again corrects it instead of adding
 * a second; a reading with the same origin, origin id and person is also the same reading.
 */
public record NewReading(UUID id, UUID personId, UUID clubId, LocalDate takenOn, ReadingOrigin origin, UUID originId,
                         ReadingValues values) {
}
