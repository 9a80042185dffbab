package vn.ishc.funds;

import java.time.LocalDate;
import java.util.UUID;

/** One of a club's funds, with its cash and the loans it has out, in whole đồng, today. */
public record Fund(UUID id, UUID clubId, Kind kind, String name, LocalDate openedOn, long cash, long loans) {

    public enum Kind { INCOME_GENERATION, OPERATING, WELFARE, OTHER }
}
