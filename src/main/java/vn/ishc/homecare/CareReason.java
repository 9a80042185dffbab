package vn.ishc.homecare;

/** Why a person is cared for at home. */
public enum CareReason {
    LIVES_ALONE, FRAIL, DISABLED, ILL, OTHER
}
