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
 * in a quarter), and with its unit. {@code people} marks counts of persons: an area counts a person once however many of
 * its clubs count them.
 */
public enum Indicator {
    CLUBS_ACTIVE(Reading.STOCK, Unit.CLUBS),
    CLUBS_NEW(Reading.FLOW, Unit.CLUBS),
    CLUBS_DISSOLVED(Reading.FLOW, Unit.CLUBS),
    COMMUNES_WITH_CLUB(Reading.AREA, Unit.AREAS),
    COMMUNES_TOTAL(Reading.AREA, Unit.AREAS),
    PROVINCES_WITH_CLUB(Reading.AREA, Unit.AREAS),
    PROVINCES_TOTAL(Reading.AREA, Unit.AREAS),
    MEMBERS(Reading.STOCK, Unit.PEOPLE, true, "SEX", "AGE", "HH", "ETHNIC_MINORITY"),
    MEMBERS_OLDER(Reading.STOCK, Unit.PEOPLE, true),
    MEMBERS_NEW(Reading.FLOW, Unit.PEOPLE, false, "SEX"),
    MEMBERS_NEW_OLDER(Reading.FLOW, Unit.PEOPLE),
    MEMBERS_LEFT(Reading.FLOW, Unit.PEOPLE),
    CLUBS_SIZE_OK(Reading.STOCK, Unit.CLUBS),
    CLUBS_WOMEN_OK(Reading.STOCK, Unit.CLUBS),
    CLUBS_OLDER_OK(Reading.STOCK, Unit.CLUBS),
    CLUBS_STANDARD_OK(Reading.STOCK, Unit.CLUBS),
    CLUBS_ALL_AREAS(Reading.STOCK, Unit.CLUBS),
    CLUBS_BOTH_FUNDS(Reading.STOCK, Unit.CLUBS),
    CLUBS_MET_MONTHLY(Reading.IN_PERIOD, Unit.CLUBS),
    MEETINGS_HELD(Reading.FLOW, Unit.RECORDS),
    MEETING_ATTENDANCE(Reading.FLOW, Unit.PEOPLE, false, "SEX"),
    MEETING_ATTENDANCE_EXPECTED(Reading.FLOW, Unit.PEOPLE),
    BOOKS_EXPECTED(Reading.FLOW, Unit.RECORDS),
    BOOKS_KEYED(Reading.FLOW, Unit.RECORDS),
    BOOKS_KEYED_ON_TIME(Reading.FLOW, Unit.RECORDS),
    ACTIVITIES(Reading.FLOW, Unit.RECORDS, false, "AREA"),
    PEOPLE_HELPED(Reading.IN_PERIOD, Unit.PEOPLE, true),
    SELF_HELP_RECORDS(Reading.FLOW, Unit.RECORDS),
    COMMUNITY_ACTIVITIES(Reading.FLOW, Unit.RECORDS),
    ENTITLEMENT_CASES(Reading.FLOW, Unit.RECORDS),
    ENTITLEMENT_CASES_RESOLVED(Reading.IN_PERIOD, Unit.RECORDS),
    DIALOGUES(Reading.FLOW, Unit.RECORDS),
    CLUBS_ART_TEAM(Reading.STOCK, Unit.CLUBS),
    FUND_INCOME_BALANCE(Reading.STOCK, Unit.DONG),
    FUND_OPERATING_BALANCE(Reading.STOCK, Unit.DONG),
    FUNDS_MOBILISED(Reading.FLOW, Unit.DONG, false, "SOURCE"),
    IN_KIND_MOBILISED(Reading.FLOW, Unit.DONG, false, "SOURCE"),
    LOANS_DISBURSED(Reading.FLOW, Unit.RECORDS, false, "SEX"),
    LOANS_DISBURSED_AMOUNT(Reading.FLOW, Unit.DONG),
    LOANS_OUTSTANDING(Reading.STOCK, Unit.DONG, false, OverdueAge.ATTRIBUTE),
    BORROWERS_ACTIVE(Reading.STOCK, Unit.PEOPLE, true, "SEX", "HH"),
    MEMBERS_EVER_BORROWED(Reading.STOCK, Unit.PEOPLE, true),
    PAR1(Reading.STOCK, Unit.DONG),
    PAR30(Reading.STOCK, Unit.DONG),
    PAR90(Reading.STOCK, Unit.DONG),
    PAR180(Reading.STOCK, Unit.DONG),
    LOAN_LOSS_PROVISION(Reading.STOCK, Unit.DONG),
    REPAID_ON_TIME(Reading.FLOW, Unit.RECORDS),
    INSTALMENTS_DUE(Reading.FLOW, Unit.RECORDS),
    LOANS_WRITTEN_OFF_AMOUNT(Reading.FLOW, Unit.DONG),
    EXTERNAL_LOANS_FACILITATED(Reading.FLOW, Unit.RECORDS),
    MEMBERS_BP_MEASURED(Reading.IN_PERIOD, Unit.PEOPLE, true, "SEX", "AGE"),
    MEMBERS_HYPERTENSIVE(Reading.STOCK, Unit.PEOPLE, true, "SEX"),
    MEMBERS_BP_CONTROLLED(Reading.STOCK, Unit.PEOPLE, true),
    MEMBERS_WEIGHED(Reading.IN_PERIOD, Unit.PEOPLE, true),
    MEMBERS_HEALTH_INSURED(Reading.STOCK, Unit.PEOPLE, true),
    MEMBERS_CHECKUP_12M(Reading.STOCK, Unit.PEOPLE, true),
    REFERRALS(Reading.FLOW, Unit.RECORDS),
    HOMECARE_VOLUNTEERS(Reading.STOCK, Unit.PEOPLE),
    HOMECARE_RECIPIENTS(Reading.STOCK, Unit.PEOPLE),
    HOMECARE_VISITS(Reading.FLOW, Unit.RECORDS),
    HOMECARE_RECIPIENTS_ON_PLAN(Reading.IN_PERIOD, Unit.PEOPLE),
    TRAININGS_HELD(Reading.AREA, Unit.RECORDS),
    TRAINING_PARTICIPANTS(Reading.AREA, Unit.PEOPLE),
    AWARDS(Reading.AREA, Unit.RECORDS);

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

    /**
     * Where the system shows an indicator, each place with the indicators it shows in their order there
     * (docs/indicators.md, "Where shown", lists them).
     */
    public enum Shown {
        /** The dashboard's headline figures (the share of women among the members beside them). */
        DASHBOARD_HEADLINES(CLUBS_ACTIVE, CLUBS_NEW, MEMBERS, MEETINGS_HELD, MEMBERS_BP_MEASURED, LOANS_OUTSTANDING,
                PAR1, PAR30, PAR90, PAR180, LOAN_LOSS_PROVISION, COMMUNES_WITH_CLUB, HOMECARE_VISITS),
        /** The dashboard's table of the areas one level down (provinces of the nation, ...; the share of women beside). */
        DASHBOARD_AREAS(CLUBS_ACTIVE, MEMBERS, MEETINGS_HELD, MEMBERS_BP_MEASURED, LOANS_OUTSTANDING, CLUBS_STANDARD_OK,
                CLUBS_MET_MONTHLY, HOMECARE_VISITS),
        /** The dashboard's map and chart, of the indicator chosen: any. */
        DASHBOARD_MAP,
        /** The annual report's figures of the year. */
        ANNUAL_REPORT(CLUBS_ACTIVE, CLUBS_NEW, CLUBS_DISSOLVED, COMMUNES_WITH_CLUB, COMMUNES_TOTAL, MEMBERS, MEMBERS_NEW,
                MEMBERS_LEFT, CLUBS_STANDARD_OK, CLUBS_MET_MONTHLY, CLUBS_ALL_AREAS, CLUBS_BOTH_FUNDS, MEETINGS_HELD,
                MEETING_ATTENDANCE, MEMBERS_BP_MEASURED, MEMBERS_HYPERTENSIVE, MEMBERS_HEALTH_INSURED, PEOPLE_HELPED,
                COMMUNITY_ACTIVITIES, ENTITLEMENT_CASES, DIALOGUES, FUNDS_MOBILISED, FUND_INCOME_BALANCE,
                FUND_OPERATING_BALANCE, LOANS_DISBURSED, LOANS_DISBURSED_AMOUNT, LOANS_OUTSTANDING, PAR1, PAR30, PAR90,
                PAR180, LOAN_LOSS_PROVISION, HOMECARE_VOLUNTEERS, HOMECARE_RECIPIENTS, HOMECARE_VISITS),
        /** The annual report's table of the areas one level down. */
        ANNUAL_AREAS(CLUBS_ACTIVE, MEMBERS, MEETINGS_HELD, MEMBERS_BP_MEASURED, LOANS_OUTSTANDING),
        /** The annual report's month-by-month bars. */
        ANNUAL_MONTHLY(MEMBERS, MEETINGS_HELD, MEETING_ATTENDANCE, HOMECARE_VISITS),
        /** The exports (ADX, DHIS2, the sheets) and the API: every indicator. */
        EXPORTS;

        private final List<Indicator> indicators;

        /** A place that shows every indicator. */
        Shown() {
            this.indicators = null;
        }

        Shown(Indicator... indicators) {
            this.indicators = List.of(indicators);
        }

        /** The indicators shown here, in their order here. */
        public List<Indicator> indicators() {
            return indicators == null ? List.of(Indicator.values()) : indicators;
        }

        /** Their codes, in their order here. */
        public List<String> codes() {
            return indicators().stream().map(Indicator::name).toList();
        }
    }

    /** The places the system shows this indicator. */
    public java.util.Set<Shown> shown() {
        java.util.EnumSet<Shown> out = java.util.EnumSet.noneOf(Shown.class);
        for (Shown place : Shown.values()) {
            if (place.indicators().contains(this)) {
                out.add(place);
            }
        }
        return out;
    }

    private static final Map<String, Indicator> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toMap(Indicator::name, Function.identity()));

    /** What an indicator counts, which says how a value of it is written and exported. */
    public enum Unit {
        /** Clubs (a club that meets a condition counts 1). */
        CLUBS,
        /** Administrative units: communes, provinces. */
        AREAS,
        /** Persons (or their attendances). */
        PEOPLE,
        /** Things recorded: meetings, activities, cases, loans, visits, trainings. */
        RECORDS,
        /** Money in whole đồng; a balance may be below zero. */
        DONG
    }

    private final Reading reading;
    private final Unit unit;
    private final boolean people;
    private final List<String> dims;

    Indicator(Reading reading, Unit unit) {
        this(reading, unit, false);
    }

    Indicator(Reading reading, Unit unit, boolean people, String... dims) {
        this.reading = reading;
        this.unit = unit;
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

    public Unit unit() {
        return unit;
    }

    /**
     * The indicator this one is also shown as a per cent of (PAR30 of LOANS_OUTSTANDING, the members present
     * of those expected); empty for a figure shown only as itself. The exports carry both parts and the per cent.
     */
    public Optional<Indicator> perCentOf() {
        return Optional.ofNullable(switch (this) {
            case MEETING_ATTENDANCE -> MEETING_ATTENDANCE_EXPECTED;
            case BOOKS_KEYED, BOOKS_KEYED_ON_TIME -> BOOKS_EXPECTED;
            case PAR1, PAR30, PAR90, PAR180 -> LOANS_OUTSTANDING;
            case COMMUNES_WITH_CLUB -> COMMUNES_TOTAL;
            case PROVINCES_WITH_CLUB -> PROVINCES_TOTAL;
            default -> null;
        });
    }

    /** Whether the code is an indicator counted in đồng (a code of none is a count). */
    public static boolean inDong(String code) {
        return of(code).map(i -> i.unit == Unit.DONG).orElse(false);
    }

    public static Optional<Indicator> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
