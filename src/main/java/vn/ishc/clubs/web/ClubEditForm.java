package vn.ishc.clubs.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubDetails;

/** The form to correct a club's details, with the version they were read at. */
record ClubEditForm(String code, String name, String decisionNumber,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate, String decisionIssuer,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn, String meetingDay,
                    Integer version) {

    static ClubEditForm of(Club c) {
        return new ClubEditForm(c.code(), c.name(), c.decisionNumber(), c.decisionDate(), c.decisionIssuer(),
                c.foundedOn(), c.meetingDay().code(), c.version());
    }

    ClubDetails details() {
        return new ClubDetails(code, name, decisionNumber, decisionDate, decisionIssuer, foundedOn, meetingDay);
    }
}
