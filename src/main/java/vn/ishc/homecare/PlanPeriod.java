package vn.ishc.homecare;

/** The period a care plan counts its visits in. */
public enum PlanPeriod {
    WEEK, MONTH
}
