package vn.ishc.clubs;

/** Whether a club is running. */
public enum ClubStatus { ACTIVE, SUSPENDED, DISSOLVED }
