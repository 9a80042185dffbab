package vn.ishc.homecare;

/**
 * Why a volunteer referred the person they visited: a fall, a fever, not eating enough, the blood
 * pressure, or another reason that the volunteer writes down.
 */
public enum ReferralCause {
    FALL, FEVER, NO_FOOD, BLOOD_PRESSURE, OTHER
}
