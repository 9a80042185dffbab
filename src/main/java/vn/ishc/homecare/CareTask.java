package vn.ishc.homecare;

/** What volunteers do on a visit: planned in the care plan, ticked on the visit. */
public enum CareTask {
    MEALS, CLEANING, MEDICINE, HYGIENE, BLOOD_PRESSURE, FARM_HELP, COMPANY, OTHER
}
