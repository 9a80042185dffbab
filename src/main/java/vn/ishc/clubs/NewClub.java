package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.UUID;

/** What an officer enters to register a club; {@code id} may be supplied so a retry saves once. */
public record NewClub(UUID id, UUID villageId, String code, String name, String decisionNumber,
                      LocalDate decisionDate, String decisionIssuer, LocalDate foundedOn, String meetingDay) {
}
