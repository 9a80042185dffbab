package vn.ishc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.FigureWork;
import vn.ishc.reporting.Indicators;
import vn.ishc.reporting.Period;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Where the time of the reads right after a change of the figures goes, on the data an earlier
 * {@link NationalBenchmark} built in the same data folder (run it first with {@code -Dishc.benchmark.reuse=true}
 * and the same {@code -Dishc.embedded-db.data-dir}): each part of a province's and the nation's dashboard
 * figures timed alone, every figure held dropped before each run, and the database's plans of the statements
 * behind a province's table of communes. Figures to target/benchmark/after-change.md and
 * target/benchmark/after-change-plans.txt.
 */
@SpringBootTest
class AfterChangeBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AfterChangeBenchmark.class);
    private static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Indicators indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private final List<String> report = new ArrayList<>();

    @Test
    void readsRightAfterAChange() throws Exception {
        long clubs = jdbc.sql("select count(*) from rpt_club_place").query(Long.class).single();
        assertThat(clubs).as("clubs built by an earlier NationalBenchmark in this data folder").isPositive();
        var today = BusinessCalendar.today(clock);
        Period year = Period.year(today.getYear());
        Period half = Period.range(YearMonth.from(today).minusMonths(6), YearMonth.from(today).minusMonths(1));
        String province = jdbc.sql("select now_province from rpt_club_place where now_province is not null "
                + "group by now_province order by count(*) desc, now_province limit 1").query(String.class).single();
        long inProvince = jdbc.sql("select count(*) from rpt_club_place where now_province = :p").param("p", province)
                .query(Long.class).single();
        String commune = jdbc.sql("select now_path from rpt_club_place where now_path is not null group by now_path "
                + "order by count(*) desc, now_path limit 1").query(String.class).single();
        FigureWork work = new FigureWork(context);
        report.add(String.format("Scale: %,d clubs; province %s (%,d clubs), commune %s; year %s, six months %s. "
                        + "Load average at the start: %s. Each read right after a change of the figures (nothing held).",
                clubs, province, inProvince, commune, year, half, HeapWatch.load()));
        report.add(String.format("Rows kept in rpt_area_fact: %,d (of communes: %,d).",
                jdbc.sql("select count(*) from rpt_area_fact").query(Long.class).single(),
                jdbc.sql("select count(*) from rpt_area_fact where area like '%.%'").query(Long.class).single()));
        report.add("");
        report.add("| What | Runs | Median | 95th percentile | Max |");
        report.add("|---|---|---|---|---|");
        measure("Province, year: `of`", 20, () -> indicators.of(province, year, Boundaries.RESTATED, NATION), work);
        measure("Province, year: `below` (its communes)", 20,
                () -> indicators.below(province, year, Boundaries.RESTATED, NATION), work);
        measure("Province, year: `of` and `below`", 20, () -> List.of(
                indicators.of(province, year, Boundaries.RESTATED, NATION),
                indicators.below(province, year, Boundaries.RESTATED, NATION)), work);
        measure("Province, six months: `of`", 20, () -> indicators.of(province, half, Boundaries.RESTATED, NATION), work);
        measure("Province, six months: `below` (its communes)", 20,
                () -> indicators.below(province, half, Boundaries.RESTATED, NATION), work);
        measure("Commune, year: `of`", 20, () -> indicators.of(commune, year, Boundaries.RESTATED, NATION), work);
        measure("Nation, year: `of` and `below`", 20, () -> List.of(indicators.of("", year, Boundaries.RESTATED, NATION),
                indicators.below("", year, Boundaries.RESTATED, NATION)), work);
        measure("Nation, six months: `of`", 20, () -> indicators.of("", half, Boundaries.RESTATED, NATION), work);
        measure("Nation's 34 provinces, six months: `below`", 20,
                () -> indicators.below("", half, Boundaries.RESTATED, NATION), work);
        plans(province, year);
        Path out = Path.of("target/benchmark/after-change.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        log.info("\n{}", String.join("\n", report));
    }

    private void measure(String what, int runs, Callable<?> read, FigureWork work) throws Exception {
        Samples s = Samples.of(what, 3, runs, () -> {
            work.changed();
            return read.call();
        });
        report.add(s.row());
    }

    /**
     * The plans of the statements behind a province's table of communes for the year: the communes' figures
     * added up from their clubs' figures (as {@code Sums.each} reads them), the people counted by two of a
     * commune's clubs, and the communes' kept sums.
     */
    /**
     * The plans of the statements behind the 34 provinces' table over six months: the clubs that met in every
     * month and the cases resolved, from every club's rows as before and from the provinces' kept sums.
     */
    private String rangePlans() {
        var today = BusinessCalendar.today(clock);
        Period half = Period.range(YearMonth.from(today).minusMonths(6), YearMonth.from(today).minusMonths(1));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("Clubs that met every month, from every club's rows (Sums.metEveryMonth)", "select x.child, count(*) "
                + "from (select p.now_province as child, p.club_id from (select * from rpt_club_place p offset 0) p "
                + "join rpt_club_fact f on f.club_id = p.club_id where f.period_kind = 'M' and f.dims = '' "
                + "and f.period_start between :first and :last and f.code in ('CLUBS_ACTIVE', 'CLUBS_MET_MONTHLY') "
                + "group by 1, 2 having bool_or(f.code = 'CLUBS_ACTIVE' and f.period_start = :stock and f.value = 1) "
                + "and coalesce(sum(f.value) filter (where f.code = 'CLUBS_MET_MONTHLY'), 0) "
                + "= sum(f.value) filter (where f.code = 'CLUBS_ACTIVE')) x group by 1");
        String provinces = "f.boundaries = 'R' and f.area = any(array(select distinct now_province from rpt_club_place "
                + "where now_province is not null))";
        queries.put("Clubs that met every month, from the provinces' kept sums (Sums.metEveryMonthOfSums)",
                "select f.area, sum(f.value) from rpt_area_fact f where " + provinces + " and f.period_kind = 'M' "
                + "and f.period_start = :stock and f.period_start between :first and :last and f.code = 'CLUBS_MISSED_BEFORE' "
                + "and (f.dims = '' or f.dims < :missed) group by f.area");
        queries.put("Cases resolved, from every club's rows (Sums.resolvedOverRange)", "select p.now_province, sum(f.value) "
                + "from (select * from rpt_club_place p offset 0) p join rpt_club_fact f on f.club_id = p.club_id "
                + "where f.code = 'ENTITLEMENT_OBTAINED_BY' and f.period_kind = 'M' and f.period_start between :first and :stock "
                + "and f.dims <= :by group by 1");
        queries.put("Cases resolved, from the provinces' kept sums (Sums.resolvedOverRangeOfSums)",
                "select f.area, sum(f.value) from rpt_area_fact f where " + provinces + " and f.period_kind = 'M' "
                + "and f.code = 'ENTITLEMENT_OBTAINED_BY' and f.period_start between :first and :stock and f.dims <= :by "
                + "group by f.area");
        YearMonth stock = stockMonth(half);
        StringBuilder out = new StringBuilder("\nPlans for the 34 provinces, six months " + half + "\n");
        for (var q : queries.entrySet()) {
            out.append("\n== ").append(q.getKey()).append(" ==\n").append(q.getValue()).append("\n\n");
            jdbc.sql("explain (analyze, buffers) " + q.getValue()).param("first", half.start())
                    .param("last", half.last().atDay(1)).param("stock", stock.atDay(1))
                    .param("missed", "MISSED=" + half.first()).param("by", "BY=" + stock)
                    .query((rs, n) -> out.append(rs.getString(1)).append('\n')).list();
        }
        return out.toString();
    }

    /** The month of the stocks of a period: its last, or this month while it runs. */
    private YearMonth stockMonth(Period period) {
        YearMonth now = YearMonth.from(BusinessCalendar.today(clock));
        return period.last().isAfter(now) ? now : period.last();
    }

    private void plans(String province, Period year) throws Exception {
        String clubs = "(select * from rpt_club_place p where (p.now_path = :area or p.now_path like :area || '.%') offset 0) p";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("The communes' figures from their clubs' figures (Sums.each)", "select p.now_path as child, f.code, "
                + "f.dims, f.period_kind, f.period_start, sum(f.value) from " + clubs + " cross join lateral (select f.* "
                + "from rpt_club_fact f where (f.club_id, f.period_kind, f.period_start) between (p.club_id, 'M', :first) "
                + "and (p.club_id, 'M', :last) union all select f.* from rpt_club_fact f where :kind <> 'M' and "
                + "(f.club_id, f.period_kind, f.period_start) between (p.club_id, cast(:kind as char(1)), :start) and "
                + "(p.club_id, cast(:kind as char(1)), :start)) f group by 1, 2, 3, 4, 5");
        queries.put("The people counted by two clubs of a commune (Sums.each)", "select x.child, x.code, x.dims, "
                + "x.period_kind, x.period_start, sum(x.n - 1) from (select p.now_path as child, c.code, c.dims, "
                + "c.period_kind, c.period_start, c.person_id, count(*) as n from " + clubs + " join rpt_club_person c "
                + "on c.club_id = p.club_id where ((c.period_kind = 'M' and c.period_start between :first and :last) "
                + "or (c.period_kind = :kind and c.period_start = :start)) group by 1, 2, 3, 4, 5, 6 having count(*) > 1) x "
                + "group by 1, 2, 3, 4, 5");
        queries.put("The communes' kept sums, all the year's months (Sums.eachCommune as fast-reads read them)",
                "select f.area, f.code, f.dims, f.period_kind, "
                + "f.period_start, f.value from rpt_area_fact f where f.boundaries = 'R' and f.area = any(array(select "
                + "distinct p.now_path from rpt_club_place p where p.now_path like :area || '.%')) and "
                + "((f.period_kind = 'M' and f.period_start between :first and :last) "
                + "or (f.period_kind = :kind and f.period_start = :start))");
        queries.put("The communes' kept sums, the year's rows and the month of the stocks (Sums.eachCommune)",
                "select f.area, f.code, f.dims, f.period_kind, "
                + "f.period_start, f.value from rpt_area_fact f where f.boundaries = 'R' and f.area = any(array(select "
                + "distinct p.now_path from rpt_club_place p where p.now_path like :area || '.%')) and "
                + "((f.period_kind = 'M' and f.period_start between :first and :last and f.period_start = :stock) "
                + "or (f.period_kind = :kind and f.period_start = :start))");
        StringBuilder out = new StringBuilder("Plans for province " + province + ", year " + year + "\n");
        for (var q : queries.entrySet()) {
            out.append("\n== ").append(q.getKey()).append(" ==\n").append(q.getValue()).append("\n\n");
            jdbc.sql("explain (analyze, buffers) " + q.getValue()).param("area", province).param("first", year.start())
                    .param("last", year.last().atDay(1)).param("kind", "Y").param("start", year.start())
                    .param("stock", stockMonth(year).atDay(1))
                    .query((rs, n) -> out.append(rs.getString(1)).append('\n')).list();
        }
        out.append(rangePlans());
        Path file = Path.of("target/benchmark/after-change-plans.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        report.add("");
        report.add("The database's plans of the statements behind a province's table of communes are in "
                + "target/benchmark/after-change-plans.txt.");
    }
}
