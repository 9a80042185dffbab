package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A loan's age overdue and the provision for loan losses, worked out by hand. */
class OverdueAgeTest {

    @Test
    void aLoansAgeChangesTheDayAfterEachAgesLastDay() {
        assertThat(List.of(0, 1, 30, 31, 90, 91, 180, 181, 2_000).stream().map(OverdueAge::of)).containsExactly(
                OverdueAge.CURRENT, OverdueAge.D1_30, OverdueAge.D1_30, OverdueAge.D31_90, OverdueAge.D31_90,
                OverdueAge.D91_180, OverdueAge.D91_180, OverdueAge.D181P, OverdueAge.D181P);
        assertThat(List.of(OverdueAge.values()).stream().map(OverdueAge::provisionPercent))
                .containsExactly(0, 10, 25, 50, 100);
    }

    @Test
    void theProvisionIsEachAgesPrincipalAtItsRateAddedExactlyAndRoundedOnceHalfUp() {
        // 1,234,567 × 10 % = 123,456.7; 3,000,003 × 25 % = 750,000.75; 2,000,001 × 50 % = 1,000,000.5; 500,000 in
        // full: 2,373,457.95, so 2,373,458 (each rounded alone would give 123,457 + 750,001 + 1,000,001 + 500,000
        // = 2,373,459). The current 2,000,000 needs none.
        assertThat(OverdueAge.provision(ages(2_000_000, 1_234_567, 3_000_003, 2_000_001, 500_000))).isEqualTo(2_373_458);
        // Half a đồng goes up: 1,005 × 10 % = 100.5; a quarter goes down: 1 × 25 % = 0.25.
        assertThat(OverdueAge.provision(ages(0, 1_005, 0, 0, 0))).isEqualTo(101);
        assertThat(OverdueAge.provision(ages(0, 0, 1, 0, 0))).isZero();
        // Two clubs of 1,005 each, 1–30 days: the area holds 201, not 101 + 101.
        assertThat(OverdueAge.provision(ages(0, 2_010, 0, 0, 0))).isEqualTo(201);
        assertThat(OverdueAge.provision(Map.of())).isZero();
    }

    @Test
    void theProvisionIsNeverMoreThanThePrincipalAtRiskNorLessThanItsPartOverHalfAYear() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long[] parts = new long[5];
            for (int k = 0; k < 5; k++) {
                parts[k] = random.nextInt(4) == 0 ? 0 : random.nextLong(1_000_000_000_000L);
            }
            long provision = OverdueAge.provision(ages(parts));
            long overdue = parts[1] + parts[2] + parts[3] + parts[4];
            // Exactly: 10·a + 25·b + 50·c + 100·d hundredths, rounded half up.
            long hundredths = 10 * parts[1] + 25 * parts[2] + 50 * parts[3] + 100 * parts[4];
            assertThat(provision).as("seed %d", seed).isEqualTo((hundredths + 50) / 100)
                    .isBetween(parts[4], overdue);
        }
    }

    static Map<OverdueAge, Long> ages(long... parts) {
        Map<OverdueAge, Long> out = new EnumMap<>(OverdueAge.class);
        for (int k = 0; k < parts.length; k++) {
            out.put(OverdueAge.values()[k], parts[k]);
        }
        return out;
    }
}
