package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A health reading of a person, where and when it was taken, with its blood-pressure level. */
public record Reading(UUID id, UUID personId, UUID clubId, LocalDate takenOn, ReadingOrigin origin, UUID originId,
                      ReadingValues values, PressureLevel level, int version) {
}
