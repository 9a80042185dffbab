package vn.ishc.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded meeting book sheet, checked meeting by meeting: how many meetings it adds, updates,
 * leaves as they are or refuses (and how many of its rows are refused), and whether it was saved.
 */
public record MeetingBookBatch(UUID id, String fileName, Status status, int totalRows, int toAdd, int toUpdate,
                               int unchanged, int refused, int refusedRows, Instant createdAt, String createdBy,
                               Instant finishedAt) {

    /** Where a batch is in its life. */
    public enum Status { PREVIEW, SAVED, CANCELLED }

    public boolean isOpen() {
        return status == Status.PREVIEW;
    }

    /** The meetings confirming saves. */
    public int toSave() {
        return toAdd + toUpdate;
    }
}
