package vn.ishc.clubs;

import java.time.LocalDate;

/** What may be corrected about a registered club: all it was registered with except its village. */
public record ClubDetails(String code, String name, String decisionNumber, LocalDate decisionDate,
                          String decisionIssuer, LocalDate foundedOn, String meetingDay) {

    public static ClubDetails of(Club c) {
        return new ClubDetails(c.code(), c.name(), c.decisionNumber(), c.decisionDate(), c.decisionIssuer(),
                c.foundedOn(), c.meetingDay().code());
    }
}
