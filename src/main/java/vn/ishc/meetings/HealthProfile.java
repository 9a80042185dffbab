package vn.ishc.meetings;

/** What is known once about a person's health: height in cm (for BMI) and hypertension (null: none recorded). */
public record HealthProfile(Integer heightCm, Hypertension hypertension) {

    public static final int HEIGHT_MIN = 100;
    public static final int HEIGHT_MAX = 220;

    public static HealthProfile none() {
        return new HealthProfile(null, null);
    }
}
