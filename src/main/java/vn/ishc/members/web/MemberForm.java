package vn.ishc.members.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.members.CitizenIds;
import vn.ishc.members.Person;
import vn.ishc.members.PersonDetails;

/** The form to add a member (the person's details as typed and the joining date) or to correct a member's details. */
record MemberForm(UUID id, String fullName, String sex, String birth, String ethnicity, String household,
                  Integer householdYear, String hiCardNumber,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiCardExpiry, Boolean disability,
                  Boolean livesAlone, String phone, String citizenId,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn, Integer version) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(UUID.randomUUID(), null, null, null, "01", "OTHER", null, null, null, false, false, null,
                null, today, null);
    }

    /** The form filled with what is recorded, the birth written as precisely as it is known. */
    static MemberForm of(Person p) {
        String birth = p.birthDate() == null ? Integer.toString(p.birthYear())
                : p.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return new MemberForm(p.id(), p.fullName(), p.sex().name(), birth, p.ethnicity(), p.household().name(),
                p.householdYear(), p.hiCardNumber(), p.hiCardExpiry(), p.disability(), p.livesAlone(), p.phone(),
                p.citizenId(), null, p.version());
    }

    PersonDetails details(UUID villageId) {
        return new PersonDetails(fullName, sex, birth, ethnicity, household, householdYear, hiCardNumber, hiCardExpiry,
                Boolean.TRUE.equals(disability), Boolean.TRUE.equals(livesAlone), phone, citizenId, villageId);
    }

    /** As a record prints itself, with the citizen ID masked: a form in a log line shows no whole number. */
    @Override
    public String toString() {
        return "MemberForm[id=" + id + ", fullName=" + fullName + ", sex=" + sex + ", birth=" + birth
                + ", ethnicity=" + ethnicity + ", household=" + household + ", householdYear=" + householdYear
                + ", hiCardNumber=" + hiCardNumber + ", hiCardExpiry=" + hiCardExpiry + ", disability=" + disability
                + ", livesAlone=" + livesAlone + ", phone=" + phone + ", citizenId=" + CitizenIds.mask(citizenId)
                + ", joinedOn=" + joinedOn + ", version=" + version + "]";
    }
}
