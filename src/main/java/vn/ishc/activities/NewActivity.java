package vn.ishc.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fact as entered; the kind decides which fields count (the others are not kept). The person is
 * either a member ({@code personId}) or someone else named in {@code personName}; money is in whole
 * đồng.
 */
public record NewActivity(UUID id, ActivityKind kind, LocalDate on, String title, Integer participants,
                          UUID personId, String personName, HelpForm helpForm, Long valueDong,
                          BigDecimal labourDays, SourceType sourceType, ResourceForm resourceForm, Fund fund,
                          UUID mentorId, String proposals, String outcome, String notes) {

    /** How a person in hardship was helped. */
    public enum HelpForm { IN_KIND, LABOUR, CASH, PAPERWORK }

    /** Where a resource came from. */
    public enum SourceType { GOVERNMENT, ASSOCIATION, PROJECT, BUSINESS, COMMUNITY, OTHER }

    public enum ResourceForm { CASH, IN_KIND }

    /** The club's two funds, into which cash received may go. */
    public enum Fund { INCOME_GENERATION, OPERATING }
}
