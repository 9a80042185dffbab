package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An area's figures for a period, added up from kept figures by the catalogue's rules: flows over the
 * period's months, stocks on its last month (or this month while it runs), figures counted over the
 * period as a whole from their own quarter or year.
 */
final class Sums {

    private final Period period;
    private final YearMonth stockMonth;
    private final Period.Kind kind;
    private final Map<String, Long> values = new LinkedHashMap<>();
    private static final List<String> OLDER_BANDS = List.of("A60_69", "A70_79", "A80P");

    // The codes read, when only some are asked for (null: all).
    private final List<String> codes;

    Sums(Period period, LocalDate today) {
        this(period, today, null);
    }

    /** Sums of these codes only. */
    Sums(Period period, LocalDate today, List<String> codes) {
        this.period = period;
        this.stockMonth = Indicators.stockMonth(period, today);
        this.kind = period.kind();
        this.codes = codes;
    }

    /**
     * The period's figures among the kept facts {@code f}: its months, and the quarter or year itself. The
     * same condition on the people counted ({@code c}) is {@link #PEOPLE_OF_PERIOD}.
     */
    private static final String FACTS_OF_PERIOD = """
             ((f.period_kind = 'M' and f.period_start between :first and :last)
              or (f.period_kind = :kind and f.period_start = :start))""";

    /** As {@link #FACTS_OF_PERIOD}, on the people the clubs' figures count ({@code c}). */
    private static final String PEOPLE_OF_PERIOD = """
             ((c.period_kind = 'M' and c.period_start between :first and :last)
              or (c.period_kind = :kind and c.period_start = :start))""";

    /** The facts' condition on the codes, when only some are asked for. */
    private String factCodes() {
        return codes == null ? "" : " and f.code in (:codes)";
    }

    /** The people's condition on the codes, when only some are asked for. */
    private String peopleCodes() {
        return codes == null ? "" : " and c.code in (:codes)";
    }

    private Map<String, Object> periodParams(Map<String, Object> more) {
        Map<String, Object> p = new HashMap<>(more);
        if (codes != null) {
            p.put("codes", codes);
        }
        p.put("first", period.first().atDay(1));
        p.put("last", period.last().atDay(1));
        p.put("kind", StoredKeys.of(kind));
        p.put("start", period.start());
        return p;
    }

    /**
     * The places of the clubs a condition selects, as {@code p}, chosen first: an area has few clubs
     * beside all the figures kept, so each club's figures are then read by its key ("offset 0" keeps the
     * database from folding the choice into the join and scanning the figures of every club of a period).
     */
    private static String clubs(String where) {
        return "(select * from rpt_club_place p where " + where + " offset 0) p";
    }

    /**
     * The clubs the condition selects ({@code p}) with their figures of the period ({@code f}), each club's
     * read along its key (club, kind, start): months from the first to the last, and the quarter or year
     * itself. Written as ranges of the key so that the plan stays a walk of each club's key however the
     * database plans the statement (a plan made for any parameters had combined it with the index on
     * periods and read half the table for each club: 100 s for a province of 458 clubs).
     */
    private static String factsOfClubs(String where, boolean someCodes) {
        String codes = someCodes ? " and f.code in (:codes)" : "";
        return clubs(where) + " cross join lateral (select f.* from rpt_club_fact f where (f.club_id, f.period_kind, "
                + "f.period_start) between (p.club_id, 'M', :first) and (p.club_id, 'M', :last)" + codes
                + " union all select f.* from rpt_club_fact f where :kind <> 'M' and (f.club_id, f.period_kind, f.period_start) "
                + "between (p.club_id, cast(:kind as char(1)), :start) and (p.club_id, cast(:kind as char(1)), :start)" + codes
                + ") f";
    }

    /** Adds the figures of the clubs the condition selects (on {@code f} the facts, {@code p} the places). */
    void read(JdbcClient jdbc, String where, Map<String, Object> params) {
        jdbc.sql("select f.code, f.dims, f.period_kind, f.period_start, sum(f.value) as v from "
                        + factsOfClubs(where, codes != null) + " group by f.code, f.dims, f.period_kind, f.period_start")
                .params(periodParams(params))
                .query((rs, n) -> {
                    take(rs.getString(1), rs.getString(2), StoredKeys.periodKind(rs.getString(3)), rs.getObject(4, LocalDate.class),
                            rs.getLong(5));
                    return null;
                }).list();
    }

    /**
     * The kept sums' rows of the period: of a quarter or a year, its own row of each figure (the sums keep
     * the flows of quarters and years beside their months) and the month of the stocks; of a month or a free
     * range, its months.
     */
    private static final String SUMS_OF_PERIOD = """
             ((f.period_kind = 'M' and f.period_start between :first and :last
               and (:kind in ('M', 'R') or f.period_start = :stock))
              or (f.period_kind = :kind and f.period_start = :start))""";

    private Map<String, Object> sumsParams(Map<String, Object> more) {
        Map<String, Object> p = periodParams(more);
        p.put("stock", stockMonth.atDay(1));
        return p;
    }

    /** Whether the rows read are kept sums of areas, which keep the flows of quarters and years as well. */
    private boolean areaSums;

    /** Adds the kept sums of the nation, a province or a commune of today's map. */
    void readSums(JdbcClient jdbc, Boundaries boundaries, String area) {
        areaSums = true;
        jdbc.sql("select f.code, f.dims, f.period_kind, f.period_start, f.value from rpt_area_fact f "
                        + "where f.boundaries = :b and f.area = :area and " + SUMS_OF_PERIOD + factCodes())
                .params(sumsParams(Map.of("b", StoredKeys.of(boundaries), "area", area)))
                .query((rs, n) -> {
                    take(rs.getString(1), rs.getString(2), StoredKeys.periodKind(rs.getString(3)), rs.getObject(4, LocalDate.class),
                            rs.getLong(5));
                    return null;
                }).list();
    }

    private static Sums ofAreaSums(Period period, LocalDate today) {
        Sums s = new Sums(period, today);
        s.areaSums = true;
        return s;
    }

    /** The figures of the clubs the condition selects, grouped by an expression over the places (each sub-area). */
    static void each(JdbcClient jdbc, Period period, LocalDate today, String child, String where,
                     Map<String, Object> params, BiConsumer<String, Sums> out) {
        Map<String, Sums> byChild = new LinkedHashMap<>();
        Sums template = new Sums(period, today);
        jdbc.sql("select " + child + " as child, f.code, f.dims, f.period_kind, f.period_start, sum(f.value) from "
                        + factsOfClubs(where, false) + " group by 1, 2, 3, 4, 5")
                .params(template.periodParams(params))
                .query((rs, n) -> {
                    byChild.computeIfAbsent(rs.getString(1), k -> new Sums(period, today)).take(rs.getString(2),
                            rs.getString(3), StoredKeys.periodKind(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getLong(6));
                    return null;
                }).list();
        jdbc.sql("select x.child, x.code, x.dims, x.period_kind, x.period_start, sum(x.n - 1) from ("
                        + "select " + child + " as child, c.code, c.dims, c.period_kind, c.period_start, "
                        + "c.person_id, count(*) as n from " + clubs(where) + " join rpt_club_person c on c.club_id = p.club_id "
                        + "where " + PEOPLE_OF_PERIOD
                        + " group by 1, 2, 3, 4, 5, 6 having count(*) > 1) x group by 1, 2, 3, 4, 5")
                .params(template.periodParams(params))
                .query((rs, n) -> {
                    Sums s = byChild.get(rs.getString(1));
                    if (s != null) {
                        s.take(rs.getString(2), rs.getString(3), StoredKeys.periodKind(rs.getString(4)),
                                rs.getObject(5, LocalDate.class), -rs.getLong(6));
                    }
                    return null;
                }).list();
        byChild.forEach(out);
    }

    /**
     * The provinces whose sums are kept (those of the clubs' places, on either map): the sums of the
     * communes of today's map sit beside theirs, and are told apart by this list, so that each province's
     * sums are still read along the key.
     */
    private static final String PROVINCES_KEPT = """
            select distinct x.province from rpt_club_place p
            cross join lateral (values (p.now_province), (split_part(p.old_path, '.', 1))) as x(province)
            where x.province is not null and x.province <> ''""";

    /** The communes of today's map of a province ({@code :area}) whose sums are kept (those of its clubs' places). */
    private static final String COMMUNES_KEPT = """
            select distinct p.now_path from rpt_club_place p
            where p.now_path like :area || '.%'""";

    /** The kept sums of every province (of the map the boundaries give), which count a person in two of its clubs once. */
    static void eachProvince(JdbcClient jdbc, Period period, LocalDate today, Boundaries boundaries,
                             BiConsumer<String, Sums> out) {
        List<String> provinces = jdbc.sql(PROVINCES_KEPT).query(String.class).list();
        eachArea(jdbc, period, today, boundaries, provinces, out);
    }

    /**
     * The kept sums of the communes of today's map of a province ({@code area}), which count a person in two
     * of a commune's clubs once (restated figures only: the communes' sums are kept on today's map).
     */
    static void eachCommune(JdbcClient jdbc, Period period, LocalDate today, String area, BiConsumer<String, Sums> out) {
        List<String> communes = jdbc.sql(COMMUNES_KEPT).param("area", area).query(String.class).list();
        eachArea(jdbc, period, today, Boundaries.RESTATED, communes, out);
    }

    /** The kept sums of these areas (of the map the boundaries give), each read along the key. */
    private static void eachArea(JdbcClient jdbc, Period period, LocalDate today, Boundaries boundaries,
                                 List<String> areas, BiConsumer<String, Sums> out) {
        Map<String, Sums> byArea = new LinkedHashMap<>();
        if (areas.isEmpty()) {
            return;
        }
        Sums template = new Sums(period, today);
        Map<String, Object> params = new HashMap<>();
        params.put("b", StoredKeys.of(boundaries));
        params.put("areas", areas.toArray(String[]::new));
        jdbc.sql("select f.area, f.code, f.dims, f.period_kind, f.period_start, f.value from rpt_area_fact f "
                        + "where f.boundaries = :b and f.area = any(cast(:areas as text[])) and " + SUMS_OF_PERIOD)
                .params(template.sumsParams(params))
                .query((rs, n) -> {
                    byArea.computeIfAbsent(rs.getString(1), k -> Sums.ofAreaSums(period, today)).take(rs.getString(2),
                            rs.getString(3), StoredKeys.periodKind(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getLong(6));
                    return null;
                }).list();
        byArea.forEach(out);
    }

    /** Takes away, for the figures that count persons, each person counted by more than one of the clubs selected. */
    void subtractSharedPeople(JdbcClient jdbc, String where, Map<String, Object> params) {
        jdbc.sql("select x.code, x.dims, x.period_kind, x.period_start, sum(x.n - 1) from ("
                        + "select c.code, c.dims, c.period_kind, c.period_start, c.person_id, count(*) as n "
                        + "from " + clubs(where) + " join rpt_club_person c on c.club_id = p.club_id where "
                        + PEOPLE_OF_PERIOD + peopleCodes() + " group by 1, 2, 3, 4, 5 having count(*) > 1) x group by 1, 2, 3, 4")
                .params(periodParams(params))
                .query((rs, n) -> {
                    take(rs.getString(1), rs.getString(2), StoredKeys.periodKind(rs.getString(3)), rs.getObject(4, LocalDate.class),
                            -rs.getLong(5));
                    return null;
                }).list();
    }

    /**
     * Communes with at least one active club among those selected, and the communes of the area; for the
     * nation ({@code provinces} not null: the expression of a club's province, and the provinces in all) the
     * provinces too.
     */
    void communes(JdbcClient jdbc, String column, String where, Map<String, Object> params, long total,
                  String provinces, long provincesTotal) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("stock", stockMonth.atDay(1));
        p.put("active", Indicator.CLUBS_ACTIVE.name());
        long[] with = new long[2];
        jdbc.sql("select count(distinct " + column + "), count(distinct " + (provinces == null ? "null::text" : provinces)
                        + ") from " + clubs(where) + " join rpt_club_fact f "
                        + "on f.club_id = p.club_id where f.code = :active and f.period_kind = 'M' "
                        + "and f.period_start = :stock").params(p)
                .query((rs, n) -> {
                    with[0] = rs.getLong(1);
                    with[1] = rs.getLong(2);
                    return null;
                }).list();
        values.put("COMMUNES_WITH_CLUB|", with[0]);
        values.put("COMMUNES_TOTAL|", total);
        if (provinces != null) {
            values.put("PROVINCES_WITH_CLUB|", with[1]);
            values.put("PROVINCES_TOTAL|", provincesTotal);
        }
    }

    /** Communes with an active club for each sub-area of a grouping (as {@link #each}), and the communes each has. */
    static void communesOf(JdbcClient jdbc, Period period, LocalDate today, String child, String column, String where,
                           Map<String, Object> params, Map<String, Sums> byChild, Map<String, Long> totals) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("stock", Indicators.stockMonth(period, today).atDay(1));
        p.put("active", Indicator.CLUBS_ACTIVE.name());
        Map<String, Long> with = new HashMap<>();
        jdbc.sql("select " + child + ", count(distinct " + column + ") from " + clubs(where) + " join rpt_club_fact f "
                        + "on f.club_id = p.club_id where f.code = :active and f.period_kind = 'M' "
                        + "and f.period_start = :stock group by 1").params(p)
                .query((rs, n) -> with.put(rs.getString(1), rs.getLong(2))).list();
        byChild.forEach((key, sums) -> {
            sums.values.put("COMMUNES_WITH_CLUB|", with.getOrDefault(key, 0L));
            sums.values.put("COMMUNES_TOTAL|", totals.getOrDefault(key, 0L));
        });
    }

    /**
     * For a range of months, the clubs the condition selects that met in every month of it, by an
     * expression over the places (each sub-area; {@code "''"} for one area): active at the range's end,
     * and holding their meeting in each month of the range they were active in (the months' own
     * CLUBS_MET_MONTHLY). Quarters and years are kept as they are; a free range is read from its months.
     */
    static Map<String, Long> metEveryMonth(JdbcClient jdbc, Period period, LocalDate today, String child, String where,
                                           Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("first", period.first().atDay(1));
        p.put("last", period.last().atDay(1));
        p.put("stock", Indicators.stockMonth(period, today).atDay(1));
        p.put("active", Indicator.CLUBS_ACTIVE.name());
        p.put("met", Indicator.CLUBS_MET_MONTHLY.name());
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select x.child, count(*) from (select " + child + " as child, p.club_id from " + clubs(where)
                        + " join rpt_club_fact f on f.club_id = p.club_id where f.period_kind = 'M' and f.dims = '' "
                        + "and f.period_start between :first and :last and f.code in (:active, :met) "
                        + "group by 1, 2 having bool_or(f.code = :active and f.period_start = :stock and f.value = 1) "
                        + "and coalesce(sum(f.value) filter (where f.code = :met), 0) "
                        + "= sum(f.value) filter (where f.code = :active)) x group by 1")
                .params(p).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /**
     * Not an indicator: the entitlement cases applied for in a month that obtained the benefit, by the month
     * they obtained it ({@code BY=2026-11}), from which a range of months counts ENTITLEMENT_CASES_RESOLVED.
     */
    static final String OBTAINED_BY = "ENTITLEMENT_OBTAINED_BY";
    static final String OBTAINED_BY_MONTH = "BY";

    /**
     * For a range of months, the entitlement cases applied for in it that obtained the benefit by its end (or
     * today), of the clubs the condition selects, by an expression over the places (as {@link #metEveryMonth}).
     */
    static Map<String, Long> resolvedOverRange(JdbcClient jdbc, Period period, LocalDate today, String child, String where,
                                               Map<String, Object> params) {
        YearMonth last = Indicators.stockMonth(period, today);
        Map<String, Object> p = new HashMap<>(params);
        p.put("first", period.first().atDay(1));
        p.put("last", last.atDay(1));
        p.put("code", OBTAINED_BY);
        p.put("by", OBTAINED_BY_MONTH + "=" + last);
        Map<String, Long> out = new HashMap<>();
        // "BY=yyyy-MM" orders as the months do.
        jdbc.sql("select " + child + ", sum(f.value) from " + clubs(where) + " join rpt_club_fact f on f.club_id = p.club_id "
                        + "where f.code = :code and f.period_kind = 'M' and f.period_start between :first and :last "
                        + "and f.dims <= :by group by 1")
                .params(p).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Not an indicator: see {@link ClubFigures#missedBefore}. */
    static final String MISSED_BEFORE = "CLUBS_MISSED_BEFORE";
    static final String MISSED_MONTH = "MISSED";

    /**
     * As {@link #metEveryMonth}, for areas whose sums are kept (by their paths, on the map the boundaries
     * give): the clubs active in the range's last month (or this month) whose last month missed, as kept
     * for that month, is before the range's first; a few rows an area, whatever its clubs.
     */
    static Map<String, Long> metEveryMonthOfSums(JdbcClient jdbc, Period period, LocalDate today, Boundaries boundaries,
                                                 java.util.Collection<String> areas) {
        Map<String, Object> p = new HashMap<>();
        p.put("b", StoredKeys.of(boundaries));
        p.put("areas", areas.toArray(String[]::new));
        p.put("first", period.first().atDay(1));
        p.put("last", period.last().atDay(1));
        p.put("stock", Indicators.stockMonth(period, today).atDay(1));
        p.put("code", MISSED_BEFORE);
        // "MISSED=yyyy-MM" orders as the months do.
        p.put("missed", MISSED_MONTH + "=" + period.first());
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select f.area, sum(f.value) from rpt_area_fact f where f.boundaries = :b "
                        + "and f.area = any(cast(:areas as text[])) and f.period_kind = 'M' and f.period_start = :stock "
                        + "and f.period_start between :first and :last and f.code = :code and (f.dims = '' or f.dims < :missed) "
                        + "group by f.area")
                .params(p).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /**
     * As {@link #resolvedOverRange}, for areas whose sums are kept (by their paths, on the map the boundaries
     * give): the cases by month applied for and month resolved, a few rows an area, whatever its clubs.
     */
    static Map<String, Long> resolvedOverRangeOfSums(JdbcClient jdbc, Period period, LocalDate today, Boundaries boundaries,
                                                     java.util.Collection<String> areas) {
        YearMonth last = Indicators.stockMonth(period, today);
        Map<String, Object> p = new HashMap<>();
        p.put("b", StoredKeys.of(boundaries));
        p.put("areas", areas.toArray(String[]::new));
        p.put("first", period.first().atDay(1));
        p.put("last", last.atDay(1));
        p.put("code", OBTAINED_BY);
        p.put("by", OBTAINED_BY_MONTH + "=" + last);
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select f.area, sum(f.value) from rpt_area_fact f where f.boundaries = :b "
                        + "and f.area = any(cast(:areas as text[])) and f.period_kind = 'M' and f.code = :code "
                        + "and f.period_start between :first and :last and f.dims <= :by group by f.area")
                .params(p).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** The total of a code: its value, zero when none is kept. */
    long total(String code) {
        if (code.equals("MEMBERS_OLDER")) {
            return older();
        }
        if (code.equals(Indicator.LOAN_LOSS_PROVISION.name())) {
            return provision();
        }
        return values.getOrDefault(code + "|", 0L);
    }

    /** The code whose figures a figure worked out from others is read from: itself for the others. */
    static String readFrom(String code) {
        return code.equals("MEMBERS_OLDER") ? "MEMBERS"
                : code.equals(Indicator.LOAN_LOSS_PROVISION.name()) ? Indicator.LOANS_OUTSTANDING.name() : code;
    }

    /** The principal outstanding by age, as kept (each age added up over the area's clubs). */
    private Map<OverdueAge, Long> outstandingByAge() {
        Map<OverdueAge, Long> out = new java.util.EnumMap<>(OverdueAge.class);
        for (OverdueAge age : OverdueAge.values()) {
            Long v = values.get("LOANS_OUTSTANDING|" + OverdueAge.ATTRIBUTE + "=" + age.name());
            if (v != null) {
                out.put(age, v);
            }
        }
        return out;
    }

    /** The loan-loss provision of the area: its principal by age at the rates of each, rounded once. */
    private long provision() {
        return OverdueAge.provision(outstandingByAge());
    }

    /** Members aged 60 or over: the members of the three older age bands, each counted once already. */
    private long older() {
        long older = 0;
        for (String band : OLDER_BANDS) {
            older += values.getOrDefault("MEMBERS|AGE=" + band, 0L);
        }
        return older;
    }

    /** Sets the people counted over a range ("code|dims" to value), each of their totals zero where none is given. */
    void setCounted(Map<String, Long> figures) {
        RangePeople.CODES.forEach(code -> values.put(code + "|", 0L));
        values.putAll(figures);
    }

    /** Sets a figure, zero too. */
    void set(String code, long value) {
        values.put(code + "|", value);
    }

    /** Sets a figure counted over the area itself. */
    void put(String code, long value) {
        if (value != 0) {
            values.put(code + "|", value);
        }
    }

    private void take(String code, String dims, Period.Kind rowKind, LocalDate rowStart, long v) {
        Indicator indicator = Indicator.of(code).orElse(null);
        if (indicator == null) {
            return;
        }
        boolean monthRow = rowKind == Period.Kind.MONTH;
        boolean use = switch (indicator.reading()) {
            // The areas' sums keep a quarter's and a year's flows in its own row; the clubs' figures, its months.
            case FLOW -> areaSums && (kind == Period.Kind.QUARTER || kind == Period.Kind.YEAR) ? rowKind == kind : monthRow;
            case STOCK -> monthRow && rowStart.equals(stockMonth.atDay(1));
            case IN_PERIOD -> kind == Period.Kind.MONTH ? monthRow && rowStart.equals(period.start()) : !monthRow;
            case AREA -> false;
        };
        if (use) {
            values.merge(code + "|" + dims, v, Long::sum);
        }
    }

    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        values.forEach((k, v) -> {
            int bar = k.indexOf('|');
            out.add(new Figure(k.substring(0, bar), Figure.parseDims(k.substring(bar + 1)), v));
        });
        // Members aged 60 or over, from the members' age bands.
        if (OLDER_BANDS.stream().anyMatch(band -> values.containsKey("MEMBERS|AGE=" + band))) {
            out.add(new Figure("MEMBERS_OLDER", Map.of(), older()));
        }
        // The loan-loss provision, from the principal by age.
        if (!outstandingByAge().isEmpty()) {
            out.add(Figure.total(Indicator.LOAN_LOSS_PROVISION.name(), provision()));
        }
        return out;
    }
}
