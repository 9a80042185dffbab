package vn.ishc.meetings;

/**
 * Where a meeting's record stands: a draft, saved part way with some members still to be marked, or
 * finished, with every member marked. Only finished meetings count in the figures.
 */
public enum MeetingStatus {
    DRAFT, FINISHED
}
