package vn.ishc.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The indicators of the catalogue (docs/indicator-catalogue.md, and the codes this system added to it for
 * the national targets, docs/indicators.md) that the system computes from club records, with how a period reads them: a stock at the period's last day, a flow added up over its
 * months, or a count of what happened within the period that months do not add up to (people measured
 * in a quarter). {@code people} marks counts of persons: an area counts a person once however many of
 * its clubs count them.
 */
public enum Indicator {
    CLUBS_ACTIVE(Reading.STOCK), CLUBS_NEW(Reading.FLOW), CLUBS_DISSOLVED(Reading.FLOW),
    COMMUNES_WITH_CLUB(Reading.AREA), COMMUNES_TOTAL(Reading.AREA),
    PROVINCES_WITH_CLUB(Reading.AREA), PROVINCES_TOTAL(Reading.AREA),
    MEMBERS(Reading.STOCK, true, "SEX", "AGE", "HH", "ETHNIC_MINORITY"), MEMBERS_OLDER(Reading.STOCK, true),
    MEMBERS_NEW(Reading.FLOW, false, "SEX"), MEMBERS_NEW_OLDER(Reading.FLOW), MEMBERS_LEFT(Reading.FLOW),
    CLUBS_SIZE_OK(Reading.STOCK), CLUBS_WOMEN_OK(Reading.STOCK), CLUBS_OLDER_OK(Reading.STOCK),
    CLUBS_STANDARD_OK(Reading.STOCK), CLUBS_ALL_AREAS(Reading.STOCK), CLUBS_BOTH_FUNDS(Reading.STOCK),
    CLUBS_MET_MONTHLY(Reading.IN_PERIOD),
    MEETINGS_HELD(Reading.FLOW), MEETING_ATTENDANCE(Reading.FLOW, false, "SEX"),
    MEETING_ATTENDANCE_EXPECTED(Reading.FLOW),
    BOOKS_EXPECTED(Reading.FLOW), BOOKS_KEYED(Reading.FLOW), BOOKS_KEYED_ON_TIME(Reading.FLOW), ACTIVITIES(Reading.FLOW, false, "AREA"),
    PEOPLE_HELPED(Reading.IN_PERIOD, true), SELF_HELP_RECORDS(Reading.FLOW), COMMUNITY_ACTIVITIES(Reading.FLOW), ENTITLEMENT_CASES(Reading.FLOW),
    ENTITLEMENT_CASES_RESOLVED(Reading.IN_PERIOD), DIALOGUES(Reading.FLOW), CLUBS_ART_TEAM(Reading.STOCK),
    FUND_INCOME_BALANCE(Reading.STOCK), FUND_OPERATING_BALANCE(Reading.STOCK),
    FUNDS_MOBILISED(Reading.FLOW, false, "SOURCE"), IN_KIND_MOBILISED(Reading.FLOW, false, "SOURCE"),
    LOANS_DISBURSED(Reading.FLOW, false, "SEX"), LOANS_DISBURSED_AMOUNT(Reading.FLOW), LOANS_OUTSTANDING(Reading.STOCK, false, OverdueAge.ATTRIBUTE),
    BORROWERS_ACTIVE(Reading.STOCK, true, "SEX", "HH"), MEMBERS_EVER_BORROWED(Reading.STOCK, true),
    PAR1(Reading.STOCK), PAR30(Reading.STOCK), PAR90(Reading.STOCK), PAR180(Reading.STOCK), LOAN_LOSS_PROVISION(Reading.STOCK),
    REPAID_ON_TIME(Reading.FLOW), INSTALMENTS_DUE(Reading.FLOW), LOANS_WRITTEN_OFF_AMOUNT(Reading.FLOW),
    EXTERNAL_LOANS_FACILITATED(Reading.FLOW),
    MEMBERS_BP_MEASURED(Reading.IN_PERIOD, true, "SEX", "AGE"), MEMBERS_HYPERTENSIVE(Reading.STOCK, true, "SEX"),
    MEMBERS_BP_CONTROLLED(Reading.STOCK, true), MEMBERS_WEIGHED(Reading.IN_PERIOD, true),
    MEMBERS_HEALTH_INSURED(Reading.STOCK, true), MEMBERS_CHECKUP_12M(Reading.STOCK, true), REFERRALS(Reading.FLOW),
    HOMECARE_VOLUNTEERS(Reading.STOCK), HOMECARE_RECIPIENTS(Reading.STOCK), HOMECARE_VISITS(Reading.FLOW),
    HOMECARE_RECIPIENTS_ON_PLAN(Reading.IN_PERIOD),
    TRAININGS_HELD(Reading.AREA), TRAINING_PARTICIPANTS(Reading.AREA), AWARDS(Reading.AREA);

    /** How a period of several months reads an indicator from its months. */
    public enum Reading {
        /** The value on the period's last day: the last month's. */
        STOCK,
        /** The sum of the period's months. */
        FLOW,
        /** Counted over the period itself: kept for months, quarters and years. */
        IN_PERIOD,
        /**
         * Counted over the area, not added up from clubs: communes with a club and in all, and what the
         * associations of the area did (trainings held, their participants, commendations).
         */
        AREA
    }

    private static final Map<String, Indicator> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toMap(Indicator::name, Function.identity()));

    private final Reading reading;
    private final boolean people;
    private final List<String> dims;

    Indicator(Reading reading) {
        this(reading, false);
    }

    Indicator(Reading reading, boolean people, String... dims) {
        this.reading = reading;
        this.people = people;
        this.dims = List.of(dims);
    }

    public Reading reading() {
        return reading;
    }

    /**
     * Whether a free range of months has this figure: all but the people counted over the period as a
     * whole (kept for months, quarters and years); the clubs that met every month are read from the months,
     * and the entitlement cases resolved from the cases of its months by the month they were resolved.
     */
    public boolean readOverRanges() {
        return reading != Reading.IN_PERIOD || this == CLUBS_MET_MONTHLY || this == ENTITLEMENT_CASES_RESOLVED;
    }

    /** Whether the figure counts persons, whom an area counts once. */
    public boolean people() {
        return people;
    }

    /** The disaggregations (ADX attribute codes) it is broken down by, one at a time. */
    public List<String> dims() {
        return dims;
    }

    public static Optional<Indicator> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
