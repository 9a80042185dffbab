package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A club as registered: founded by a commune's decision in a village; {@code communeId} is the commune
 * it was founded in, which may be a commune of the map before 1 July 2025. {@code nationalId} is the
 * club's identifier in the country, given at registration and never changed: the code of its founding
 * commune and its sequence among the clubs founded in communes of that code ("06379-001").
 */
public record Club(UUID id, UUID villageId, long communeId, String code, String nationalId, String name, String decisionNumber,
                   LocalDate decisionDate, String decisionIssuer, LocalDate foundedOn, MeetingDay meetingDay,
                   ClubStatus status, LocalDate statusSince, List<String> areaPaths, int version) {
}
