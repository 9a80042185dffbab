package vn.ishc.clubs.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.clubs.NewClub;

/** The club registration form; the meeting day is a day of the month or a week and weekday. */
record ClubForm(UUID id, Long commune, UUID villageId, String code, String name, String decisionNumber,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate, String decisionIssuer,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn, String meetingDay) {

    static ClubForm empty(Long commune) {
        return new ClubForm(UUID.randomUUID(), commune, null, null, null, null, null, null, null, "D21");
    }

    NewClub command() {
        return new NewClub(id, villageId, code, name, decisionNumber, decisionDate, decisionIssuer, foundedOn, meetingDay);
    }
}
