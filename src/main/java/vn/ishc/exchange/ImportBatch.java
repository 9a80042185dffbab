package vn.ishc.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded members sheet of a club, checked row by row: how many rows will add a member, update
 * one, change nothing, or are refused; then, once confirmed, how far saving has gone and how it ended.
 */
public record ImportBatch(UUID id, UUID clubId, String fileName, Status status, int totalRows, int toAdd,
                          int toUpdate, int unchanged, int refused, int doneRows, int toSave, String failureKey,
                          List<String> failureArguments, Instant createdAt, String createdBy, Instant finishedAt) {

    /**
     * A row held for the officer: its citizen ID is a member's whose name or birth year is clearly other. Its
     * name and birth as the sheet has them, and the member it would update if ticked.
     */
    public record HeldRow(int row, String fullName, String birth, UUID personId) {
    }

    /**
     * A row that would add a likely duplicate: its number, name and birth as the sheet has them, the other rows
     * adding a person of the same name and birth year, the members of other clubs in the reader's area who match,
     * and how many match in clubs outside it.
     */
    public record DuplicateRow(int row, String fullName, String birth, List<Integer> sameInSheet,
                               List<vn.ishc.members.LikelyDuplicate.Match> members, int outOfScope) {
    }

    /** Where a batch is in its life. */
    public enum Status { PREVIEW, SAVING, SAVED, FAILED, CANCELLED }

    /** Whether it may still be confirmed (again, after a failure) or cancelled. */
    public boolean isOpen() {
        return status == Status.PREVIEW || status == Status.FAILED;
    }

    public boolean isSaving() {
        return status == Status.SAVING;
    }

    /** Per cent of the rows to save that are saved, 0–100. */
    public int percentDone() {
        return toSave == 0 ? (status == Status.SAVED ? 100 : 0) : (int) Math.min(100, doneRows * 100L / toSave);
    }
}
