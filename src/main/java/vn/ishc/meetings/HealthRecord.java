package vn.ishc.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person's health record: readings over time, height and hypertension, check-ups and referrals. */
public record HealthRecord(List<Reading> readings, HealthProfile profile, List<Checkup> checkups,
                           List<Referral> referrals) {

    /** The latest reading. */
    public Optional<Reading> last() {
        return readings.stream().max(Comparator.comparing(Reading::takenOn));
    }

    /** The latest blood-pressure reading. */
    public Optional<Reading> lastPressure() {
        return readings.stream().filter(r -> r.values().hasPressure()).max(Comparator.comparing(Reading::takenOn));
    }

    /** Body-mass index from the height and the latest weight, to one decimal; empty without either. */
    public Optional<BigDecimal> bmi() {
        if (profile.heightCm() == null) {
            return Optional.empty();
        }
        return readings.stream().filter(r -> r.values().weightKg() != null).max(Comparator.comparing(Reading::takenOn))
                .map(r -> bmi(r.values().weightKg(), profile.heightCm()));
    }

    public static BigDecimal bmi(BigDecimal weightKg, int heightCm) {
        BigDecimal metres = BigDecimal.valueOf(heightCm).movePointLeft(2);
        return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
    }
}
