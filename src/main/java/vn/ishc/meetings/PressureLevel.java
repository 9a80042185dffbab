package vn.ishc.meetings;

/**
 * How a blood-pressure reading stands: high at or above 140/90, urgent (to be referred at once) at or
 * above 180/110; either figure reaching the mark is enough.
 */
public enum PressureLevel {
    NORMAL, HIGH, URGENT;

    public static PressureLevel of(int systolic, int diastolic) {
        if (systolic >= 180 || diastolic >= 110) {
            return URGENT;
        }
        if (systolic >= 140 || diastolic >= 90) {
            return HIGH;
        }
        return NORMAL;
    }
}
