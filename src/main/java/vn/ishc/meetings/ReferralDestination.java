package vn.ishc.meetings;

/** Where a person was referred: the commune health station, or beyond it (a district or provincial hospital). */
public enum ReferralDestination {
    COMMUNE_STATION, HOSPITAL
}
