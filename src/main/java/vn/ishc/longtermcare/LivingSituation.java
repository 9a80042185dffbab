package vn.ishc.longtermcare;

/** With whom the person lives, as said at the assessment. */
public enum LivingSituation {
    ALONE,
    WITH_SPOUSE_ONLY,
    WITH_FAMILY,
    OTHER
}
