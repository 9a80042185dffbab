package vn.ishc.meetings;

/** Hypertension as recorded for a person: known, or known and under treatment (none when not recorded). */
public enum Hypertension {
    KNOWN, UNDER_TREATMENT
}
