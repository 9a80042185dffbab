package vn.ishc.members.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.members.PersonDetails;

/** The form to add a member: the person's details as typed and the joining date. */
record MemberForm(UUID id, String fullName, String sex, String birth, String ethnicity, String household,
                  Integer householdYear, String hiCardNumber,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiCardExpiry, Boolean disability,
                  Boolean livesAlone, String phone, String citizenId,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(UUID.randomUUID(), null, null, null, "01", "OTHER", null, null, null, false, false, null,
                null, today);
    }

    PersonDetails details(UUID villageId) {
        return new PersonDetails(fullName, sex, birth, ethnicity, household, householdYear, hiCardNumber, hiCardExpiry,
                Boolean.TRUE.equals(disability), Boolean.TRUE.equals(livesAlone), phone, citizenId, villageId);
    }
}
