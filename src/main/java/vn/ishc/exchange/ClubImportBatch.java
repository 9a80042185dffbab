package vn.ishc.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded sheet of a commune's clubs, checked row by row: how many clubs it registers, corrects,
 * leaves as they are or refuses, and whether it was saved.
 */
public record ClubImportBatch(UUID id, long communeId, String fileName, Status status, int totalRows, int toAdd,
                              int toUpdate, int unchanged, int refused, Instant createdAt, String createdBy,
                              Instant finishedAt) {

    /** Where a batch is in its life. */
    public enum Status { PREVIEW, SAVED, CANCELLED }

    public boolean isOpen() {
        return status == Status.PREVIEW;
    }

    /** The clubs confirming saves. */
    public int toSave() {
        return toAdd + toUpdate;
    }
}
