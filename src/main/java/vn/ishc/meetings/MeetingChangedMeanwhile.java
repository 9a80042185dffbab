package vn.ishc.meetings;

import java.util.UUID;
import vn.ishc.shared.InvalidInputException;

/**
 * A save of a meeting made on an earlier version than the one recorded now (someone else corrected it
 * meanwhile): nothing is saved, and the sender may look at both and choose.
 */
public class MeetingChangedMeanwhile extends InvalidInputException {

    private final UUID meetingId;

    public MeetingChangedMeanwhile(UUID meetingId, int expectedVersion) {
        super("meetings.changedMeanwhile", "version", expectedVersion);
        this.meetingId = meetingId;
    }

    public UUID meetingId() {
        return meetingId;
    }
}
