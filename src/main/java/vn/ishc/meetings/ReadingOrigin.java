package vn.ishc.meetings;

/** Where a health reading was taken; with the origin's id (the meeting, visit or campaign). */
public enum ReadingOrigin {
    MEETING, HOME_VISIT, CAMPAIGN
}
