package vn.ishc.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded fund book sheet, checked row by row: how many entries it adds, how many are already in the
 * ledger (unchanged), how many rows are refused, and whether it was saved.
 */
public record FundBookBatch(UUID id, String fileName, Status status, int totalRows, int toAdd, int unchanged,
                            int refused, Instant createdAt, String createdBy, Instant finishedAt) {

    /** Where a batch is in its life. */
    public enum Status { PREVIEW, SAVED, CANCELLED }

    public boolean isOpen() {
        return status == Status.PREVIEW;
    }
}
