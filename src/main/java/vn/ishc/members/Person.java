package vn.ishc.members;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person in the programme. Many older people know only their year of birth: {@code birthDate} is then
 * null and {@code birthYear} is what is known.
 */
public record Person(UUID id, String fullName, Sex sex, LocalDate birthDate, int birthYear, String ethnicity,
                     Household household, Integer householdYear, String hiCardNumber, LocalDate hiCardExpiry,
                     boolean disability, boolean livesAlone, String phone, String citizenId, UUID villageId,
                     long communeId, int version) {

    /** Sex as recorded. */
    public enum Sex { F, M }

    /** Age in whole years on a date; with only the year known, the age reached during that year. */
    public int ageOn(LocalDate date) {
        if (birthDate != null) {
            return java.time.Period.between(birthDate, date).getYears();
        }
        return date.getYear() - birthYear;
    }
}
