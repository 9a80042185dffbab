package vn.ishc.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commendation to record. The recipient is a club ({@code clubId}), a member of a club ({@code clubId} and
 * {@code personId}), or another body or person by {@code recipientName}, optionally with the area on today's
 * map they belong to ({@code recipientAreaPath}), which lets the users of that area see the award.
 * {@code id} may be supplied by the client so that a request sent twice records one award.
 */
public record NewAward(UUID id, LocalDate givenOn, String issuer, String decisionNumber, String areaPath,
                       Award.Recipient recipientKind, UUID clubId, UUID personId, String recipientName,
                       String recipientAreaPath, String note) {
}
