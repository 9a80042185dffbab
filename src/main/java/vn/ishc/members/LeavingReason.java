package vn.ishc.members;

/** Why a membership ended. */
public enum LeavingReason { MOVED, DIED, WITHDREW, TRANSFERRED }
