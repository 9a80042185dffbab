package vn.ishc.longtermcare;

/** Why a long-term care case was closed. */
public enum ClosureReason {
    IMPROVED,
    MOVED,
    DIED,
    ENTERED_FACILITY,
    REFUSED
}
