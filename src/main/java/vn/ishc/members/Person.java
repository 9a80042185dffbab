package vn.ishc.members;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** Fields whose values may hold health data: the audit log says they changed, never their values. */
    public static final Set<String> HEALTH_FIELDS = Set.of("disability");

    /** What was entered about the person, field by field, for comparing two versions of them. */
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("sex", sex);
        m.put("birthDate", birthDate);
        m.put("birthYear", birthYear);
        m.put("ethnicity", ethnicity);
        m.put("household", household);
        m.put("householdYear", householdYear);
        m.put("hiCardNumber", hiCardNumber);
        m.put("hiCardExpiry", hiCardExpiry);
        m.put("disability", disability);
        m.put("livesAlone", livesAlone);
        m.put("phone", phone);
        m.put("citizenId", citizenId);
        m.put("villageId", villageId);
        return m;
    }

    /** The names of the fields whose values differ in the other version of this person. */
    public List<String> differences(Person other) {
        Map<String, Object> mine = details();
        Map<String, Object> theirs = other.details();
        return mine.keySet().stream().filter(k -> !Objects.equals(mine.get(k), theirs.get(k))).toList();
    }

    /** The same person with the citizen ID masked, for a reader who does not need the whole number. */
    public Person withCitizenIdMasked() {
        return new Person(id, fullName, sex, birthDate, birthYear, ethnicity, household, householdYear, hiCardNumber,
                hiCardExpiry, disability, livesAlone, phone, CitizenIds.mask(citizenId), villageId, communeId, version);
    }

    /** Age in whole years on a date; with only the year known, the age reached during that year. */
    public int ageOn(LocalDate date) {
        if (birthDate != null) {
            return java.time.Period.between(birthDate, date).getYears();
        }
        return date.getYear() - birthYear;
    }

    /** As a record prints itself, with the citizen ID masked: a person in a log line shows no whole number. */
    @Override
    public String toString() {
        return "Person[id=" + id + ", fullName=" + fullName + ", sex=" + sex + ", birthDate=" + birthDate
                + ", birthYear=" + birthYear + ", ethnicity=" + ethnicity + ", household=" + household
                + ", householdYear=" + householdYear + ", hiCardNumber=" + hiCardNumber + ", hiCardExpiry=" + hiCardExpiry
                + ", disability=" + disability + ", livesAlone=" + livesAlone + ", phone=" + phone
                + ", citizenId=" + CitizenIds.mask(citizenId) + ", villageId=" + villageId + ", communeId=" + communeId
                + ", version=" + version + "]";
    }
}
