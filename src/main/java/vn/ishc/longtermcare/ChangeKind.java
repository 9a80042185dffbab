package vn.ishc.longtermcare;

/** A change in a person's life that makes a reassessment due at once. */
public enum ChangeKind {
    FALL,
    HOSPITAL_STAY,
    CARER_LOST
}
