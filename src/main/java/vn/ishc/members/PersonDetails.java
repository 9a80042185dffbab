package vn.ishc.members;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is entered about a person, as typed: the birth is a date (31/12/1950), a month (12/1950) or a
 * year (1950); ethnicity a code or a name; household POOR, NEAR_POOR or OTHER.
 */
public record PersonDetails(String fullName, String sex, String birth, String ethnicity, String household,
                            Integer householdYear, String hiCardNumber, LocalDate hiCardExpiry, boolean disability,
                            boolean livesAlone, String phone, String citizenId, UUID villageId) {

    public PersonDetails withCitizenId(String value) {
        return new PersonDetails(fullName, sex, birth, ethnicity, household, householdYear, hiCardNumber, hiCardExpiry,
                disability, livesAlone, phone, value, villageId);
    }

    public PersonDetails withEthnicity(String value) {
        return new PersonDetails(fullName, sex, birth, value, household, householdYear, hiCardNumber, hiCardExpiry,
                disability, livesAlone, phone, citizenId, villageId);
    }

    /** As a record prints itself, with the citizen ID masked: details in a log line show no whole number. */
    @Override
    public String toString() {
        return "PersonDetails[fullName=" + fullName + ", sex=" + sex + ", birth=" + birth + ", ethnicity=" + ethnicity
                + ", household=" + household + ", householdYear=" + householdYear + ", hiCardNumber=" + hiCardNumber
                + ", hiCardExpiry=" + hiCardExpiry + ", disability=" + disability + ", livesAlone=" + livesAlone
                + ", phone=" + phone + ", citizenId=" + CitizenIds.mask(citizenId) + ", villageId=" + villageId + "]";
    }
}
