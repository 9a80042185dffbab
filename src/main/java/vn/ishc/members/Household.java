package vn.ishc.members;

/** A household's status on the official list: poor, near-poor, or neither. */
public enum Household { POOR, NEAR_POOR, OTHER }
