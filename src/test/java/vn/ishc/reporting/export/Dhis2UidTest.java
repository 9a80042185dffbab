package vn.ishc.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Dhis2UidTest {

    static final LocalDate BEFORE = LocalDate.of(2008, 8, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Test
    void hasDhis2sFormatAndIsTheSameEveryTime() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = Integer.toString(random.nextInt(1_000_000));
            String uid = Dhis2Uid.of("organisationUnit", "4", code, BEFORE.plusDays(random.nextInt(7000)));
            assertThat(uid).as("seed %d", seed).matches("[A-Za-z][A-Za-z0-9]{10}");
            seen.add(uid);
        }
        assertThat(Dhis2Uid.of("dataElement", "MEMBERS")).isEqualTo(Dhis2Uid.of("dataElement", "MEMBERS"))
                .isNotEqualTo(Dhis2Uid.of("categoryOption", "MEMBERS"));
        assertThat(Dhis2Uid.of("organisationUnit", "4", "04891", BEFORE))
                .isEqualTo(Dhis2Uid.of("organisationUnit", "4", "04891", LocalDate.of(2008, 8, 1)));
        assertThat(seen).as("seed %d", seed).hasSizeGreaterThan(19_900);
    }

    @Test
    void theUnitsThatShareACodeOnTheTwoMapsGetDifferentUids() {
        // 04891: the commune Vầy Nưa before the reform, Tiền Phong after; 24: Bắc Giang, then Bắc Ninh.
        assertThat(Dhis2Uid.of("organisationUnit", "4", "04891", BEFORE))
                .isNotEqualTo(Dhis2Uid.of("organisationUnit", "3", "04891", REFORM));
        assertThat(Dhis2Uid.of("organisationUnit", "2", "24", BEFORE))
                .isNotEqualTo(Dhis2Uid.of("organisationUnit", "2", "24", REFORM));
        assertThat(Dhis2Uid.isValid(Dhis2Uid.of("organisationUnit", "2", "24", REFORM))).isTrue();
        assertThat(Dhis2Uid.isValid("1abcdefghij")).isFalse();
    }
}
