package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ethnic groups are found by code or by the names people write, in any spelling of marks and hyphens. */
class EthnicityTest {

    @Test
    void groupsAreFoundByCodeOfficialNameAndNamesInCommonUse() {
        assertThat(Ethnicity.find("07")).map(Ethnicity::name).contains("Nùng");
        assertThat(Ethnicity.find("tay")).map(Ethnicity::code).contains("02");
        assertThat(Ethnicity.find("Gia rai")).map(Ethnicity::code).contains("10");
        assertThat(Ethnicity.find("Mông")).map(Ethnicity::name).contains("Hmông");
        assertThat(Ethnicity.find("H'Mông")).map(Ethnicity::code).contains("08");
        assertThat(Ethnicity.find("Việt")).map(Ethnicity::name).contains("Kinh");
        assertThat(Ethnicity.find("Mong Co")).isEmpty();
    }
}
