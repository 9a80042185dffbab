package vn.ishc.meetings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What was measured: blood pressure (systolic over diastolic, mmHg), pulse (beats a minute) and weight
 * (kg, to one decimal), any of them possibly missing; and, for an urgent blood pressure, whether the
 * person was referred.
 */
public record ReadingValues(Integer systolic, Integer diastolic, Integer pulse, BigDecimal weightKg,
                            Boolean referralMade) {

    public static final int SYSTOLIC_MIN = 60;
    public static final int SYSTOLIC_MAX = 260;
    public static final int DIASTOLIC_MIN = 30;
    public static final int DIASTOLIC_MAX = 160;
    public static final int PULSE_MIN = 30;
    public static final int PULSE_MAX = 220;
    public static final BigDecimal WEIGHT_MIN = BigDecimal.valueOf(25);
    public static final BigDecimal WEIGHT_MAX = BigDecimal.valueOf(200);

    /** Whether anything was measured. */
    public boolean isEmpty() {
        return systolic == null && diastolic == null && pulse == null && weightKg == null;
    }

    public boolean hasPressure() {
        return systolic != null && diastolic != null;
    }

    /** The blood-pressure level, or null without a blood pressure. */
    public PressureLevel level() {
        return hasPressure() ? PressureLevel.of(systolic, diastolic) : null;
    }

    /**
     * What is wrong with the values, each problem naming the field under {@code prefix} (e.g. "rows[3].")
     * and the person measured: out of range, half a blood pressure, systolic not above diastolic, or an
     * urgent reading without the answer whether a referral was made.
     */
    public List<Problem> problems(String prefix, String who) {
        List<Problem> problems = new ArrayList<>();
        range(problems, prefix + "systolic", systolic, SYSTOLIC_MIN, SYSTOLIC_MAX, who);
        range(problems, prefix + "diastolic", diastolic, DIASTOLIC_MIN, DIASTOLIC_MAX, who);
        range(problems, prefix + "pulse", pulse, PULSE_MIN, PULSE_MAX, who);
        if (weightKg != null && (weightKg.compareTo(WEIGHT_MIN) < 0 || weightKg.compareTo(WEIGHT_MAX) > 0)) {
            problems.add(new Problem(prefix + "weightKg", "health.weightKg.range", who, weightKg.toPlainString(),
                    WEIGHT_MIN, WEIGHT_MAX));
        }
        if (weightKg != null && weightKg.stripTrailingZeros().scale() > 1) {
            problems.add(new Problem(prefix + "weightKg", "health.weightKg.precision", who, weightKg.toPlainString()));
        }
        if ((systolic == null) != (diastolic == null)) {
            problems.add(new Problem(prefix + (systolic == null ? "systolic" : "diastolic"), "health.pressure.half", who));
        }
        if (problems.isEmpty() && hasPressure() && systolic <= diastolic) {
            problems.add(new Problem(prefix + "systolic", "health.pressure.order", who, systolic, diastolic));
        }
        if (problems.isEmpty() && level() == PressureLevel.URGENT && referralMade == null) {
            problems.add(new Problem(prefix + "referralMade", "health.referral.ask", who, systolic, diastolic));
        }
        return problems;
    }

    /** The values as kept: the referral answer only for an urgent reading. */
    public ReadingValues normalised() {
        return new ReadingValues(systolic, diastolic, pulse, weightKg == null ? null : weightKg.setScale(1, java.math.RoundingMode.HALF_UP),
                level() == PressureLevel.URGENT ? referralMade : null);
    }

    private static void range(List<Problem> problems, String field, Integer value, int min, int max, String who) {
        if (value != null && (value < min || value > max)) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            problems.add(new Problem(field, "health." + name + ".range", who, value, min, max));
        }
    }
}
