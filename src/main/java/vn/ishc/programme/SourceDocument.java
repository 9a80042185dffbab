package vn.ishc.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The document that sets targets: a decision of the Prime Minister (e.g. 1336/QĐ-TTg), a province's
 * plan (e.g. 23/KH-UBND), or another source. {@code areaPath} is whose document it is: "" for a
 * national one, a province's path for its plan.
 */
public record SourceDocument(UUID id, Kind kind, String number, String title, LocalDate issuedOn, String areaPath,
                             String note) {

    /** What kind of document set the target. */
    public enum Kind { NATIONAL_DECISION, PROVINCIAL_PLAN, OTHER }
}
