package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;
import vn.ishc.shared.InvalidInputException;

/** A second meeting of a club on a date already recorded: the first one is to be opened instead. */
public class MeetingAlreadyRecorded extends InvalidInputException {

    private final UUID existingId;

    public MeetingAlreadyRecorded(UUID existingId, LocalDate heldOn) {
        super("meetings.heldOn.taken", "heldOn", heldOn);
        this.existingId = existingId;
    }

    public UUID existingId() {
        return existingId;
    }
}
