package vn.ishc.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commendation: given on a day by an issuer (e.g. "Trung ương Hội NCT Việt Nam") with the number of its
 * decision, at the issuer's level and area on today's map ({@code areaPath} "" the nation, "20" a province,
 * "20.06058" a commune), to a collective (a club, or another body by name) or an individual (a member of a
 * club, or a person by name). {@code recipientName} is null where the reader may not see an individual's name.
 */
public record Award(UUID id, LocalDate givenOn, String issuer, String decisionNumber, String areaPath, String areaName,
                    Recipient recipientKind, UUID clubId, UUID personId, String recipientName, String note,
                    Instant recordedAt, String recordedBy) {

    /** Who is commended: a club, another collective, a member of a club, or another person. */
    public enum Recipient {
        CLUB, BODY, MEMBER, PERSON;

        public boolean collective() {
            return this == CLUB || this == BODY;
        }
    }

    @JsonProperty("level")
    public AreaLevel level() {
        return AreaLevel.of(areaPath);
    }

    public boolean isNational() {
        return areaPath.isEmpty();
    }

    Award withoutName() {
        return new Award(id, givenOn, issuer, decisionNumber, areaPath, areaName, recipientKind, clubId, null, null, note,
                recordedAt, recordedBy);
    }
}
