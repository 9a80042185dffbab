package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people counted over a free range of months as a whole (members measured or weighed in it, care
 * recipients visited as their plans ask, people in hardship helped), which the months, quarters and years kept do not give: counted
 * for any area from the rows the worker keeps of each club's readings and visits month by month
 * ({@link RangeRows}), as the club's figures count them (indicators.md), a person in two of an area's
 * clubs once.
 */
@Component
class RangePeople {

    /** The figures counted. */
    static final Set<String> CODES = Set.of(Indicator.MEMBERS_BP_MEASURED.name(), Indicator.MEMBERS_WEIGHED.name(),
            Indicator.HOMECARE_RECIPIENTS_ON_PLAN.name(), Indicator.PEOPLE_HELPED.name());

    // Clubs active at the range's end (or today), as the month kept for it says.
    private static final String ACTIVE = " join rpt_club_fact a on a.club_id = p.club_id and a.period_kind = 'M' "
            + "and a.period_start = :stock and a.code = :active and a.dims = ''";
    // A member's age at the range's end, as the club's figures work it out: from the birth date, else the year.
    private static final String AGE = "coalesce(extract(year from age(cast(:e as timestamp), cast(r.birth_date as timestamp)))::int, "
            + "extract(year from cast(:e as date))::int - r.birth_year)";

    private final JdbcClient jdbc;

    RangePeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each sub-area (the {@code child} expression over the places {@code p}; {@code "''"} for one
     * area) of the clubs the condition selects, the figures as "code|dims" to value; zero figures are absent.
     */
    Map<String, Map<String, Long>> count(Period range, LocalDate today, String child, String where,
                                         Map<String, Object> params) {
        LocalDate e = range.end().isAfter(today) ? today : range.end();
        YearMonth last = Indicators.stockMonth(range, today);
        Integer[] months = new Integer[Math.max(0, RangeRows.number(last) - RangeRows.number(range.first()) + 1)];
        for (int i = 0; i < months.length; i++) {
            months[i] = RangeRows.number(range.first()) + i;
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("e", e);
        p.put("stock", last.atDay(1));
        p.put("active", Indicator.CLUBS_ACTIVE.name());
        p.put("months", months);
        p.put("first", RangeRows.number(range.first()));
        p.put("last", RangeRows.number(last));
        Map<String, Map<String, Long>> out = new HashMap<>();
        String band = "case when x.age >= 80 then 'A80P' when x.age >= 70 then 'A70_79' when x.age >= 60 then 'A60_69' "
                + "when x.age >= 55 then 'A55_59' else 'LT55' end";
        // Those in no other club are added up; those in several are counted once in each sub-area.
        for (boolean shared : new boolean[] {false, true}) {
            String counted = shared ? "count(distinct x.person_id)" : "count(*)";
            jdbc.sql("select x.child, grouping(x.sex), x.sex, grouping(" + band + "), " + band + ", "
                            + counted + " filter (where x.pressure), " + counted + " filter (where x.weighed) "
                            + "from (select " + child + " as child, r.person_id, r.sex, " + AGE + " as age, "
                            + "r.pressure_months && :months as pressure, r.weight_months && :months as weighed "
                            + "from rpt_range_member r join rpt_club_place p on p.club_id = r.club_id" + ACTIVE
                            + " where " + where + " and r.shared = " + shared
                            + " and r.joined_on <= :e and (r.left_on is null or r.left_on > :e) "
                            + "and (r.pressure_months && :months or r.weight_months && :months)) x "
                            + "group by grouping sets ((x.child), (x.child, x.sex), (x.child, " + band + "))")
                    .params(p).query((rs, n) -> {
                        Map<String, Long> v = out.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                        String dims = rs.getInt(2) == 0 ? "SEX=" + rs.getString(3)
                                : rs.getInt(4) == 0 ? "AGE=" + rs.getString(5) : "";
                        add(v, "MEMBERS_BP_MEASURED|" + dims, rs.getLong(6));
                        if (dims.isEmpty()) {
                            add(v, "MEMBERS_WEIGHED|", rs.getLong(7));
                        }
                        return null;
                    }).list();
        }
        // The visits asked for and made over the range's months up to today, from each recipient's months kept:
        // as a month and a quarter count them, the running month asks for the visits of its days gone by only.
        String slice = "[(:first - c.since + 1):(:last - c.since + 1)]";
        YearMonth running = YearMonth.from(today);
        p.put("running", RangeRows.number(running));
        p.put("daysGone", last.equals(running) ? today.getDayOfMonth() : running.lengthOfMonth());
        p.put("daysIn", running.lengthOfMonth());
        jdbc.sql("select x.child, count(*) from (select " + child + " as child, "
                        + "(select coalesce(sum(n), 0) from unnest(c.planned" + slice + ") n) as planned, "
                        + "coalesce(c.planned[:running - c.since + 1], 0) as planned_now, "
                        + "(select coalesce(sum(n), 0) from unnest(c.visits" + slice + ") n) as made "
                        + "from rpt_range_care c join rpt_club_place p on p.club_id = c.club_id" + ACTIVE + " where " + where
                        + ") x where x.planned > 0 and x.made >= x.planned - case when :last = :running "
                        + "then x.planned_now - x.planned_now * :daysGone / :daysIn else 0 end group by 1")
                .params(p).query((rs, n) -> {
                    add(out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()), "HOMECARE_RECIPIENTS_ON_PLAN|",
                            rs.getLong(2));
                    return null;
                }).list();
        // The people helped in the range's months, from each month's people named: someone helped in several
        // months, or by several clubs of a sub-area, once.
        jdbc.sql("select " + child + ", count(distinct c.person_id) from rpt_club_person c "
                        + "join rpt_club_place p on p.club_id = c.club_id where " + where
                        + " and c.code = :helped and c.dims = '' and c.period_kind = 'M' "
                        + "and c.period_start between :firstDay and :lastDay group by 1")
                .params(p).param("helped", Indicator.PEOPLE_HELPED.name()).param("firstDay", range.first().atDay(1)).param("lastDay", last.atDay(1))
                .query((rs, n) -> {
                    add(out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()), "PEOPLE_HELPED|", rs.getLong(2));
                    return null;
                }).list();
        return out;
    }

    private static void add(Map<String, Long> v, String key, long value) {
        if (value != 0) {
            v.merge(key, value, Long::sum);
        }
    }
}
