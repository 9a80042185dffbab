package vn.ishc.shared;

import java.time.LocalDate;

/**
 * Records of one kind a module keeps only for a set time: the daily retention job (in members) gives each
 * kind the day before which its records are due, from the period set for that kind ({@code ishc.retention.*}).
 * Each module removes, or clears the text of, its own records; the ledger's amounts are never among them.
 */
public interface ExpiringRecords {

    /** The kinds of record, each with its own period. */
    enum Kind { VISIT_NOTES, SIGN_IN_FAILURES, HEALTH_READS, HELD_SUBMISSIONS }

    Kind kind();

    /** Removes or clears the records of this kind made before the day (in Vietnam's time); returns how many. */
    int expire(LocalDate before);
}
