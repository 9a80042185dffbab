package vn.ishc.longtermcare;

/**
 * The eight instrumental activities of daily living of the Lawton scale (Lawton and Brody 1969), each
 * scored 1 when the person manages it (alone or with the little help the scale allows) and 0 when not:
 * 0–8, asked of women and men alike.
 */
public enum LawtonItem {
    TELEPHONE,
    SHOPPING,
    FOOD_PREPARATION,
    HOUSEKEEPING,
    LAUNDRY,
    TRANSPORTATION,
    MEDICATIONS,
    FINANCES
}
