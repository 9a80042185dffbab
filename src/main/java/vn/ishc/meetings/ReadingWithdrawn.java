package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** For reporting: a reading was taken out when its meeting was corrected; it no longer counts. */
public record ReadingWithdrawn(UUID readingId, UUID personId, UUID clubId, long communeId, String communePath,
                               LocalDate takenOn) {
}
