package vn.ishc.longtermcare;

/** How much care a person needs, as {@link NeedLevelRules} derive it from an assessment; ordered lowest first. */
public enum NeedLevel {
    NONE,
    LOW,
    MODERATE,
    HIGH
}
