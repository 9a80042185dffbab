package vn.ishc.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A target to record. {@code id} may be supplied by the client so that a request sent twice records
 * one target. The document is either one already recorded ({@code documentId}) or described in
 * {@code document}; a document of the same kind and number for the same area is reused.
 */
public record NewTarget(UUID id, String code, String areaPath, YearMonth first, YearMonth last,
                        Target.Measure measure, BigDecimal value, String ofCode, Target.Direction direction,
                        UUID documentId, NewDocument document, String note) {

    /** A source document described with the target. */
    public record NewDocument(SourceDocument.Kind kind, String number, String title, LocalDate issuedOn, String note) {
    }
}
