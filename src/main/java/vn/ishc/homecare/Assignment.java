package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.UUID;

/** A volunteer looking after a recipient from a day, until a day if ended. */
public record Assignment(UUID id, UUID recipientId, UUID volunteerId, String volunteerName, LocalDate from,
                         LocalDate until) {

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
