package vn.ishc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Funds;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.MemberLists;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.FigureWork;
import vn.ishc.reporting.Indicators;
import vn.ishc.reporting.Period;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The system on a national dataset ({@link NationalData}: 10,000 clubs by default, system property
 * {@code ishc.benchmark.clubs}), run with a 1 GB heap: the time to build the data through the modules'
 * services, to bring the figures up to date and to rebuild them; the latency of the figures of the
 * nation, a province and a commune and of their tables; the same national figures by plain SQL on the
 * modules' tables; how soon a saved meeting shows in the national figure; a full meeting and a
 * repayment saved over HTTP; the heap's peaks. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=NationalBenchmark}; the figures go to the log and to target/benchmark/national.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.vn.ishc.clubs=warn", "logging.level.vn.ishc.geography=warn", "logging.level.vn.ishc.members=warn",
        "logging.level.vn.ishc.meetings=warn", "logging.level.vn.ishc.funds=warn", "logging.level.vn.ishc.homecare=warn"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalBenchmark {

    private static final Logger log = LoggerFactory.getLogger(NationalBenchmark.class);
    static final AreaScope NATION = AreaScope.nation();
    static final int WARM_UP = 20;
    static final int RUNS = 100;
    static final int SAVES = 30;
    static final int FRESHNESS_RUNS = 10;
    static final String PASSWORD = "mat-khau-do-toc-do-quoc-gia";

    @LocalServerPort
    int port;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    MemberLists lists;
    @Autowired
    Meetings meetings;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HomeVisits visits;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Indicators indicators;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    final List<String> report = new ArrayList<>();
    final List<String> goals = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final HeapWatch heap = new HeapWatch();
    final Map<String, Long> peaks = new LinkedHashMap<>();
    final Map<String, String> pools = new LinkedHashMap<>();
    NationalData.Settings settings;
    NationalData data;
    LocalDate today;
    HttpClient http;
    Period year;
    String province;
    String commune;
    int nextClub;
    Samples nationalFigures;
    Samples nationalDashboard;
    Samples nationalPage;
    Samples nationalPageChanged;

    @Test
    void theNationAtScale() throws Exception {
        settings = NationalData.Settings.fromSystem();
        today = BusinessCalendar.today(clock);
        year = Period.year(today.getYear());
        data = new NationalData(clubs, villages, units, members, lists, meetings, funds, loans, team, plans, visits, tx,
                today, settings);
        report.add("# National benchmark");
        report.add("");
        report.add(String.format("Machine: %d cores, Java %s, heap at most %d MiB, %s; load average (1, 5, 15 min) "
                        + "at the start: %s. Business day: %s. Seed %d.", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), HeapWatch.maxMiB(), jdbc.sql("select split_part(version(), ' on ', 1)")
                        .query(String.class).single(), HeapWatch.load(), today, settings.seed()));
        build();
        figures();
        signIn();
        reads();
        plans();
        plainSql();
        rangeAgrees();
        freshness();
        writes();
        summary();
    }

    private void build() throws IOException {
        Path kept = Path.of(context.getEnvironment().getProperty("ishc.embedded-db.data-dir")).toAbsolutePath()
                .resolveSibling("build.md");
        if (Boolean.getBoolean("ishc.benchmark.reuse") && data.reload(jdbc) && Files.exists(kept)) {
            // The data of an earlier run in the same data folder: its build as measured then, the rest measured again.
            report.addAll(Files.readAllLines(kept));
            report.add("");
            report.add(String.format("*This run reused the data of that build (%,d clubs without a meeting today, in %s); "
                    + "everything below was measured again on it.*", data.built.size(), kept.getParent()));
            write();
            return;
        }
        int before = report.size();
        heap.reset();
        data.build();
        peaks.put("build", heap.peakMiB());
        pools.put("build", heap.byPool());
        int built = data.built.size();
        assertThat(built).isPositive();
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("clubs", count("select (select count(*) from club) + (select count(*) from club_status) "
                + "+ (select count(*) from geo_village where created_by = 'benchmark')"));
        rows.put("members", count("select (select count(*) from person) + (select count(*) from membership)"));
        rows.put("meetings", count("select (select count(*) from meeting) + (select count(*) from attendance) "
                + "+ (select count(*) from meeting_version) + (select count(*) from health_reading where origin = 'MEETING')"));
        rows.put("funds", count("select (select count(*) from ledger_entry where kind = 'CONTRIBUTION') + (select count(*) "
                + "from ledger_line l join ledger_entry e on e.id = l.entry_id where e.kind = 'CONTRIBUTION') "
                + "+ (select count(*) from fund)"));
        rows.put("loans", count("select (select count(*) from loan_rules) + (select count(*) from loan) + (select count(*) "
                + "from loan_instalment) + (select count(*) from ledger_entry where loan_id is not null) + (select count(*) "
                + "from ledger_line l join ledger_entry e on e.id = l.entry_id where e.loan_id is not null)"));
        rows.put("homecare", count("select (select count(*) from homecare_volunteer) + (select count(*) from care_recipient) "
                + "+ (select count(*) from care_plan) + (select count(*) from care_assignment) + (select count(*) from home_visit) "
                + "+ (select count(*) from home_visit_volunteer) + (select count(*) from health_reading where origin = 'HOME_VISIT')"));
        long people = count("select count(*) from membership");
        long held = count("select count(*) from meeting");
        report.add(String.format("Scale: **%,d clubs** built of %,d asked%s (half founded before 1 July 2025 on communes of "
                        + "the old map), in %d of the 34 provinces; %,d memberships; %,d meetings of up to %d months with "
                        + "%,d attendances and %,d readings; %,d loans; %,d home visits.", built, settings.clubs(),
                data.stoppedByTimeLimit ? " (stopped by the time limit of " + settings.buildMinutes() + " min)" : "",
                count("select count(distinct split_part(area_paths[1], '.', 1)) from club"),
                people, held, settings.months(), count("select count(*) from attendance"),
                count("select count(*) from health_reading"), count("select count(*) from loan"),
                count("select count(*) from home_visit")));
        report.add("");
        report.add("## Building the data (through the modules' services, one transaction a club, the figure worker running)");
        report.add("");
        report.add("| Part | Records | Rows written | Seconds | Records/s | Rows/s |");
        report.add("|---|---|---|---|---|---|");
        long allRows = 0;
        for (NationalData.Part p : data.parts.values()) {
            long r = rows.get(p.name);
            allRows += r;
            report.add(String.format("| %s | %,d | %,d | %.1f | %,.0f | %,.0f |", p.records, p.count, r, p.seconds(),
                    p.count / Math.max(p.seconds(), 1e-9), r / Math.max(p.seconds(), 1e-9)));
        }
        double total = data.totalNanos / 1e9;
        report.add(String.format("| **all** | %,d clubs | %,d | %.1f | %.2f clubs/s | %,.0f |", built, allRows, total,
                built / total, allRows / total));
        report.add("");
        report.add(String.format("Written beside them by the same transactions: %,d audit lines, %,d marks of clubs whose "
                        + "figures changed (rpt_dirty). Heap peak while building: %d MiB. Load average after: %s.",
                count("select count(*) from audit_event"), count("select coalesce(max(last_value), 0) from pg_sequences "
                        + "where sequencename = 'rpt_dirty_id_seq'"), peaks.get("build"), HeapWatch.load()));
        long marks = count("select coalesce(max(last_value), 0) from pg_sequences where sequencename = 'rpt_dirty_id_seq'");
        double markMicros = markCost();
        report.add(String.format("One mark, written as the figures' listener writes it (one insert a record event), costs "
                + "%.0f µs here: the %,d marks are about %.0f s of the %.0f s of building.", markMicros, marks,
                marks * markMicros / 1e6, total));
        if (built < 10_000) {
            double perClub = total / built;
            report.add(String.format("At this rate 10,000 clubs take about %.0f min to build (%.2f s a club; the parts "
                    + "above scale with the clubs).", perClub * 10_000 / 60, perClub));
        }
        write();
        Files.write(kept, report.subList(before, report.size()));
    }

    /** Microseconds for one insert into rpt_dirty, in a transaction that is rolled back. */
    private double markCost() {
        UUID club = data.built.get(0).id();
        int n = 5_000;
        long[] took = new long[1];
        tx.executeWithoutResult(s -> {
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                jdbc.sql("insert into rpt_dirty (club_id) values (:c)").param("c", club).update();
            }
            took[0] = System.nanoTime() - t;
            s.setRollbackOnly();
        });
        return took[0] / 1e3 / n;
    }

    private void tableSizes() {
        for (String table : List.of("rpt_club_fact", "rpt_club_person", "rpt_area_fact", "rpt_club_place",
                "rpt_range_member", "rpt_range_care")) {
            report.add(String.format("- `%s`: %,d rows, %s.", table, count("select count(*) from " + table),
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('" + table + "'))").query(String.class).single()));
        }
    }

    private void figures() throws Exception {
        heap.reset();
        long t = System.nanoTime();
        long waited = 0;
        while (count("select count(*) from rpt_dirty") > 0) {
            Thread.sleep(200);
            waited = System.nanoTime() - t;
        }
        if (!Boolean.parseBoolean(System.getProperty("ishc.benchmark.rebuild", "true"))) {
            report.add("");
            report.add(String.format("Figures: the worker caught up %.1f s after the start; the rebuild was not run "
                    + "(ishc.benchmark.rebuild=false).", waited / 1e9));
            tableSizes();
            write();
            return;
        }
        FigureWork work = new FigureWork(context);
        long r = System.nanoTime();
        work.rebuild();
        // The scheduled worker takes part of the rebuild's batches: the rebuild ends when none is left.
        while (count("select count(*) from rpt_dirty") > 0) {
            Thread.sleep(50);
        }
        double rebuild = (System.nanoTime() - r) / 1e9;
        long rebuilt = count("select count(*) from rpt_club_place");
        peaks.put("figures", heap.peakMiB());
        pools.put("figures", heap.byPool());
        report.add("");
        report.add("## Figures kept");
        report.add("");
        report.add(String.format("- The worker caught up %.1f s after the last club was built.", waited / 1e9));
        report.add(String.format("- `FigureWorker.rebuild()`: %,d clubs in %.1f s (%.1f clubs/s).", rebuilt, rebuild,
                rebuilt / rebuild));
        tableSizes();
        report.add(String.format("- Database: %s in all. Heap peak while rebuilding: %d MiB (%s). Load average after: %s.",
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                peaks.get("figures"), pools.get("figures"), HeapWatch.load()));
        write();
    }

    private void reads() throws Exception {
        heap.reset();
        commune = jdbc.sql("select now_path from rpt_club_place where now_path is not null group by now_path "
                + "order by count(*) desc, now_path limit 1").query(String.class).single();
        province = jdbc.sql("select now_province from rpt_club_place where now_province is not null group by now_province "
                + "order by count(*) desc, now_province limit 1").query(String.class).single();
        Period month = Period.month(YearMonth.from(today).minusMonths(1));
        Period asWas = Period.quarter(2025, 1);
        long inProvince = count("select count(*) from rpt_club_place where now_province = '" + province + "'");
        long inCommune = count("select count(*) from rpt_club_place where now_path = '" + commune + "'");
        String oldProvince = jdbc.sql("select split_part(old_path, '.', 1) from rpt_club_place where old_path is not null "
                + "group by 1 order by count(*) desc, 1 limit 1").query(String.class).single();
        report.add("");
        report.add(String.format("## Reading the figures (warm: %d runs after %d untimed; milliseconds)", RUNS, WARM_UP));
        report.add("");
        report.add(String.format("Province %s (%,d clubs), commune %s (%,d clubs), on today's map unless said; the year is %s "
                + "(running), the month %s.", province, inProvince, commune, inCommune, year, month));
        report.add("");
        report.add("| What | Runs | Median | 95th percentile | Max |");
        report.add("|---|---|---|---|---|");
        measure("Nation, year: `Indicators.of` (held since the last change)",
                () -> indicators.of("", year, Boundaries.RESTATED, NATION));
        // Compared with plain SQL below: read again from the kept figures each time, nothing held.
        nationalFigures = measure("Nation, year, right after a change: `Indicators.of`", () -> {
            changed();
            return indicators.of("", year, Boundaries.RESTATED, NATION);
        });
        measure("Nation, month: `Indicators.of`", () -> indicators.of("", month, Boundaries.RESTATED, NATION));
        measure("Nation, 2025-Q1 on the map as it was: `Indicators.of`",
                () -> indicators.of("", asWas, Boundaries.AS_WAS, NATION));
        measure("Old province " + oldProvince + ", 2025-Q1 as it was: `Indicators.of`",
                () -> indicators.of(oldProvince, asWas, Boundaries.AS_WAS, NATION));
        measure("Province, year: `Indicators.of`", () -> indicators.of(province, year, Boundaries.RESTATED, NATION));
        measure("Commune, year: `Indicators.of`", () -> indicators.of(commune, year, Boundaries.RESTATED, NATION));
        measure("Nation's 34 provinces, year: `Indicators.below`",
                () -> indicators.below("", year, Boundaries.RESTATED, NATION));
        measure("Province's communes, year: `Indicators.below`",
                () -> indicators.below(province, year, Boundaries.RESTATED, NATION));
        measure("Commune's clubs, year: `Indicators.below`",
                () -> indicators.below(commune, year, Boundaries.RESTATED, NATION));
        nationalDashboard = measure("**National dashboard** (figures and provinces table, year)",
                () -> List.of(indicators.of("", year, Boundaries.RESTATED, NATION),
                        indicators.below("", year, Boundaries.RESTATED, NATION)));
        measure("Province dashboard (figures and communes table, year)",
                () -> List.of(indicators.of(province, year, Boundaries.RESTATED, NATION),
                        indicators.below(province, year, Boundaries.RESTATED, NATION)));
        measure("Commune dashboard (figures and clubs table, year)",
                () -> List.of(indicators.of(commune, year, Boundaries.RESTATED, NATION),
                        indicators.below(commune, year, Boundaries.RESTATED, NATION)));
        // A free range of months, each read right after a change (nothing held): the people counted over it
        // as a whole are counted from the rows kept of the clubs' readings and visits.
        Period half = Period.range(YearMonth.from(today).minusMonths(6), YearMonth.from(today).minusMonths(1));
        measure("Nation, six months " + half + ", right after a change: `Indicators.of`", 3, 20, () -> {
            changed();
            return indicators.of("", half, Boundaries.RESTATED, NATION);
        });
        measure("Nation's 34 provinces, six months, right after a change: `Indicators.below`", 3, 20, () -> {
            changed();
            return indicators.below("", half, Boundaries.RESTATED, NATION);
        });
        measure("Province (" + inProvince + " clubs), six months, right after a change: `Indicators.of`", 3, 20, () -> {
            changed();
            return indicators.of(province, half, Boundaries.RESTATED, NATION);
        });
        measure("Commune, six months, right after a change: `Indicators.of`", () -> {
            changed();
            return indicators.of(commune, half, Boundaries.RESTATED, NATION);
        });
        overHttp("/api/v1/indicators?area=&period=" + year + "&boundaries=RESTATED", "Nation, year: GET /api/v1/indicators");
        overHttp("/api/v1/indicators?area=" + province + "&period=" + year + "&boundaries=RESTATED",
                "Province, year: GET /api/v1/indicators");
        overHttp("/api/v1/indicators?area=" + commune + "&period=" + year + "&boundaries=RESTATED",
                "Commune, year: GET /api/v1/indicators");
        nationalPage = overHttp("/dashboard", "**National dashboard page: GET /dashboard** (figures held since the last change)",
                false);
        nationalPageChanged = overHttp("/dashboard", "National dashboard page right after a change of the figures "
                + "(nothing held: every figure read again)", true);
        overHttp("/dashboard?area=" + province, "Province dashboard page: GET /dashboard?area=" + province, false);
        overHttp("/dashboard?area=" + province, "Province dashboard page right after a change", true);
        String elsewhere = "01".equals(province) ? "79" : "01";
        overHttp("/dashboard?area=" + province, "Province dashboard page right after a change in another province ("
                + elsewhere + ": the nation's figures read again, the province's held)",
                () -> new FigureWork(context).changedIn(elsewhere));
        overHttp("/dashboard?area=" + commune, "Commune dashboard page: GET /dashboard?area=" + commune, false);
        // In process, the figures and the table one level down, right after a change.
        measure("Nation, year, right after a change: `Indicators.of` and `below`", () -> {
            changed();
            return List.of(indicators.of("", year, Boundaries.RESTATED, NATION),
                    indicators.below("", year, Boundaries.RESTATED, NATION));
        });
        measure("Province, year, right after a change: `Indicators.of` and `below`", () -> {
            changed();
            return List.of(indicators.of(province, year, Boundaries.RESTATED, NATION),
                    indicators.below(province, year, Boundaries.RESTATED, NATION));
        });
        measure("Commune, year, right after a change: `Indicators.of` and `below`", () -> {
            changed();
            return List.of(indicators.of(commune, year, Boundaries.RESTATED, NATION),
                    indicators.below(commune, year, Boundaries.RESTATED, NATION));
        });
        peaks.put("reads", heap.peakMiB());
        pools.put("reads", heap.byPool());
        write();
    }

    /**
     * The database's plans for three queries of the kept figures, as {@code Sums} writes them (copied from it),
     * to target/benchmark/national-plans.txt: a commune's figures, the nation's people in two clubs, its communes with a club.
     */
    private void plans() throws IOException {
        String periods = " ((f.period_kind = 'M' and f.period_start between :first and :last)"
                + " or (f.period_kind = :kind and f.period_start = :start))";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("A commune's figures for the year (Sums.read)", "select f.code, f.dims, f.period_kind, f.period_start, "
                + "sum(f.value) as v from rpt_club_fact f join rpt_club_place p on p.club_id = f.club_id where "
                + " (p.now_path = :area or p.now_path like :area || '.%') and " + periods
                + " group by f.code, f.dims, f.period_kind, f.period_start");
        queries.put("The nation's people counted by two clubs, for the year (Sums.subtractSharedPeople)",
                "select x.code, x.dims, x.period_kind, x.period_start, sum(x.n - 1) from (select c.code, c.dims, "
                        + "c.period_kind, c.period_start, c.person_id, count(*) as n from rpt_club_person c join rpt_club_place p "
                        + "on p.club_id = c.club_id where true and " + periods.replace("f.", "c.")
                        + " group by 1, 2, 3, 4, 5 having count(*) > 1) x group by 1, 2, 3, 4");
        queries.put("The nation's communes with an active club (Sums.communes)", "select count(distinct p.now_path) from "
                + "rpt_club_fact f join rpt_club_place p on p.club_id = f.club_id where true and f.code = 'CLUBS_ACTIVE' "
                + "and f.period_kind = 'M' and f.period_start = :stock");
        StringBuilder out = new StringBuilder("Plans at " + data.built.size() + " clubs\n");
        queries.forEach((what, sql) -> {
            out.append("\n== ").append(what).append(" ==\n").append(sql).append("\n\n");
            jdbc.sql("explain (analyze, buffers) " + sql).param("area", commune).param("first", year.start())
                    .param("last", year.last().atDay(1)).param("kind", "Y").param("start", year.start())
                    .param("stock", YearMonth.from(today).atDay(1))
                    .query((rs, n) -> out.append(rs.getString(1)).append('\n')).list();
        });
        Path file = Path.of("target/benchmark/national-plans.txt");
        Files.writeString(file, out.toString());
        report.add("");
        report.add("The database's plans of three of the kept figures' queries are in target/benchmark/national-plans.txt.");
    }

    /**
     * The people counted over a free range of months, for the nation and each province, against those kept for
     * the quarter of the same months (the last quarter ended).
     */
    private void rangeAgrees() throws Exception {
        YearMonth before = YearMonth.from(today).minusMonths(3);
        Period quarter = Period.quarter(before.getYear(), (before.getMonthValue() + 2) / 3);
        Period range = new Period(Period.Kind.RANGE, quarter.first(), quarter.last());
        Map<String, Long> kept = new java.util.TreeMap<>();
        Map<String, Long> counted = new java.util.TreeMap<>();
        people(kept, "", indicators.of("", quarter, Boundaries.RESTATED, NATION));
        people(counted, "", indicators.of("", range, Boundaries.RESTATED, NATION));
        indicators.below("", quarter, Boundaries.RESTATED, NATION).forEach(a -> people(kept, a.orgUnit(), a));
        indicators.below("", range, Boundaries.RESTATED, NATION).forEach(a -> people(counted, a.orgUnit(), a));
        long differ = kept.keySet().stream().filter(k -> !kept.get(k).equals(counted.get(k))).count()
                + counted.keySet().stream().filter(k -> !kept.containsKey(k)).count();
        report.add("");
        report.add(String.format("The people measured, weighed and cared for as planned over the months of %s read as a "
                        + "free range, against the quarter kept, for the nation and its provinces with every disaggregation: "
                        + "%,d values, %s (the nation measured %,d against %,d).", quarter, kept.size(),
                differ == 0 ? "all the same" : "**" + differ + " differ**", counted.getOrDefault("|MEMBERS_BP_MEASURED", 0L),
                kept.getOrDefault("|MEMBERS_BP_MEASURED", 0L)));
        write();
    }

    private static void people(Map<String, Long> out, String area, AreaFigures figures) {
        figures.figures().stream().filter(f -> FigureWork.RANGE_PEOPLE.contains(f.code()) && f.value() != 0).forEach(f -> out.put(area + "|" + f.code()
                + (f.isTotal() ? "" : "[" + f.dimsKey() + "]"), f.value()));
    }

    private void plainSql() throws Exception {
        PlainSqlFigures plain = new PlainSqlFigures(jdbc);
        LocalDate end = year.end().isAfter(today) ? today : year.end();
        Map<String, Long> raw = plain.nation(year.start(), end);
        Map<String, Long> kept = totals(indicators.of("", year, Boundaries.RESTATED, NATION));
        Samples sql = Samples.of("Plain SQL: the " + raw.size() + " figures below for the nation, year", 1, 5,
                () -> plain.nation(year.start(), end));
        report.add("");
        report.add("## The same national figures by plain SQL on the modules' tables");
        report.add("");
        report.add("| Code | Plain SQL | Kept figures | Same |");
        report.add("|---|---|---|---|");
        raw.forEach((code, v) -> report.add(String.format("| %s | %,d | %,d | %s |", code, v, kept.getOrDefault(code, 0L),
                v.equals(kept.getOrDefault(code, 0L)) ? "yes" : "**no**")));
        report.add("");
        report.add("| What | Runs | Median | 95th percentile | Max |");
        report.add("|---|---|---|---|---|");
        report.add(sql.row());
        report.add(nationalFigures.row());
        double ratio = sql.p50() / nationalFigures.p50();
        report.add("");
        report.add(String.format("Plain SQL takes %.0f times as long as the kept figures (median against median; the kept "
                + "figures answer all %d values of the catalogue, the plain SQL %d).", ratio,
                indicators.of("", year, Boundaries.RESTATED, NATION).figures().size(), raw.size()));
        goals.add(String.format("| At least 50 times faster than plain SQL | %.0f× | %s |", ratio, ratio >= 50 ? "met" : "**not met**"));
        log.info("Plain SQL {} against kept figures {}: {}x", sql.row(), nationalFigures.row(), Math.round(ratio));
        write();
    }

    /** A meeting saved over HTTP, then the national figure of the month read until it counts it. */
    private void freshness() throws Exception {
        Period thisMonth = Period.month(YearMonth.from(today));
        long[] saved = new long[FRESHNESS_RUNS];
        long[] seen = new long[FRESHNESS_RUNS];
        int late = 0;
        for (int r = 0; r < FRESHNESS_RUNS; r++) {
            NationalData.Built club = data.built.get(nextClub++ % data.built.size());
            long before = meetingsHeld(thisMonth);
            String body = meetingJson(club.id(), today, new Random(r));
            long t = System.nanoTime();
            HttpResponse<String> answer = post("/api/v1/clubs/" + club.id() + "/meetings", body, null);
            saved[r] = (System.nanoTime() - t) / 1_000;
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            long deadline = t + 30_000_000_000L;
            while (meetingsHeld(thisMonth) <= before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            seen[r] = (System.nanoTime() - t) / 1_000;
            if (System.nanoTime() >= deadline) {
                late++;
            }
        }
        Samples visible = new Samples("Saved meeting counted in the nation's " + thisMonth + " (from the request sent)", seen);
        report.add("");
        report.add("## Freshness (a meeting saved over HTTP, then `Indicators.of(\"\", month)` read every 10 ms)");
        report.add("");
        report.add("| What | Runs | Median | 95th percentile | Max |");
        report.add("|---|---|---|---|---|");
        report.add(new Samples("Meeting saved (HTTP answer)", saved).row());
        report.add(visible.row());
        if (late > 0) {
            report.add("");
            report.add(late + " meetings were not counted within 30 s.");
        }
        goals.add(String.format("| A saved record visible nationally within 2 s | %.0f ms at the 95th percentile, %.0f ms at most | %s |",
                visible.p95(), visible.max(), visible.max() <= 2000 ? "met" : "**not met**"));
        write();
    }

    private void writes() throws Exception {
        heap.reset();
        List<NationalData.Built> saveClubs = new ArrayList<>();
        for (int i = 0; i < SAVES + 5; i++) {
            saveClubs.add(data.built.get(nextClub++ % data.built.size()));
        }
        int[] n = {0};
        Samples meeting = Samples.of("Full meeting saved over HTTP (every member's attendance, readings of 80 % of those present)",
                5, SAVES, () -> {
                    NationalData.Built club = saveClubs.get(n[0]++);
                    HttpResponse<String> r = post("/api/v1/clubs/" + club.id() + "/meetings",
                            meetingJson(club.id(), today, new Random(n[0])), null);
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    return r;
                });
        List<UUID> open = jdbc.sql("select id from loan where status = 'DISBURSED' order by id limit " + (SAVES + 5))
                .query(UUID.class).list();
        Samples repayment = null;
        if (open.size() >= SAVES + 5) {
            int[] k = {0};
            repayment = Samples.of("Repayment saved over HTTP", 5, SAVES, () -> {
                HttpResponse<String> r = post("/api/v1/loans/" + open.get(k[0]++) + "/repayments",
                        "{\"on\":\"" + today + "\",\"amount\":10000,\"penalty\":0}", UUID.randomUUID().toString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                return r;
            });
        }
        peaks.put("writes", heap.peakMiB());
        pools.put("writes", heap.byPool());
        report.add("");
        report.add("## Saving at this scale (the figure worker computing each club as it changes)");
        report.add("");
        report.add("| What | Runs | Median | 95th percentile | Max |");
        report.add("|---|---|---|---|---|");
        report.add(meeting.row());
        report.add(repayment == null ? "| Repayment: not enough loans outstanding | | | | |" : repayment.row());
        write();
    }

    private void summary() throws IOException {
        long live = HeapWatch.liveMiB();
        report.add("");
        report.add("## Heap (at most " + HeapWatch.maxMiB() + " MiB)");
        report.add("");
        report.add("| Phase | Peak (sum of the heap pools' peaks), MiB | Each pool's peak, MiB |");
        report.add("|---|---|---|");
        peaks.forEach((phase, mib) -> report.add("| " + phase + " | " + mib + " | " + pools.get(phase) + " |"));
        report.add("");
        report.add("In use after a full collection at the end: " + live + " MiB. Load average at the end: " + HeapWatch.load() + ".");
        long peak = peaks.values().stream().mapToLong(Long::longValue).max().orElse(0);
        goals.add(0, nationalPage != null
                ? String.format("| The national dashboard under 100 ms at the 95th percentile | the page over HTTP %.1f ms "
                        + "(right after a change of the figures %.1f ms; in process, figures and provinces table %.1f ms) | %s |",
                        nationalPage.p95(), nationalPageChanged == null ? Double.NaN : nationalPageChanged.p95(),
                        nationalDashboard == null ? Double.NaN : nationalDashboard.p95(),
                        nationalPage.p95() < 100 ? "met" : "**not met**")
                : String.format("| The national dashboard under 100 ms at the 95th percentile | the page fails; "
                        + "figures alone %.1f ms | **not measured** |", nationalFigures.p95()));
        goals.add(String.format("| Served with a 1 GB heap | ran with %d MiB at most, peak %d MiB | %s |", HeapWatch.maxMiB(),
                peak, HeapWatch.maxMiB() <= 1024 ? "met" : "**not run with 1 GB**"));
        report.add("");
        report.add("## Goals, at " + String.format("%,d", count("select count(*) from rpt_club_place")) + " clubs");
        report.add("");
        report.add("| Goal | Measured | |");
        report.add("|---|---|---|");
        report.addAll(goals);
        if (!failures.isEmpty()) {
            report.add("");
            report.add("## Calls that failed");
            report.add("");
            failures.forEach(f -> report.add("- " + f.replace('\n', ' ')));
        }
        write();
    }

    /** Times a call; a call that fails is noted in the report with its error, and gives no samples. */
    private Samples measure(String what, Callable<?> call) throws Exception {
        return measure(what, WARM_UP, RUNS, call);
    }

    private Samples measure(String what, int warmUp, int runs, Callable<?> call) throws Exception {
        try {
            call.call();
        } catch (RuntimeException e) {
            log.error("{} fails", what, e);
            report.add(String.format("| %s: **fails** (%s) | | | | |", what,
                    String.valueOf(e.getMessage()).replace('|', '/').replace('\n', ' ')));
            failures.add(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
        Samples s = Samples.of(what, warmUp, runs, call);
        report.add(s.row());
        log.info("{}", s.row());
        return s;
    }

    /** Times a GET over HTTP when the server has it; notes its absence otherwise. */
    private void overHttp(String path, String what) throws Exception {
        overHttp(path, what, false);
    }

    /** Times a page or an answer of the API; {@code afterChange}: each time right after the figures changed. */
    private Samples overHttp(String path, String what, boolean afterChange) throws Exception {
        return overHttp(path, what, afterChange ? this::changed : () -> { });
    }

    /** A page over HTTP, each request after {@code before} (a change of the figures, or nothing). */
    private Samples overHttp(String path, String what, Runnable before) throws Exception {
        HttpResponse<String> probe = get(path);
        if (probe.statusCode() != 200) {
            report.add(String.format("| %s: not measured, the server answers %d | | | | |", what, probe.statusCode()));
            return null;
        }
        return measure(what, () -> {
            before.run();
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            return r;
        });
    }

    /** What a rebuild does to the figures' generation (every figure held is read again). */
    private void changed() {
        new FigureWork(context).changed();
    }

    private long meetingsHeld(Period period) {
        return totals(indicators.of("", period, Boundaries.RESTATED, NATION)).getOrDefault("MEETINGS_HELD", 0L);
    }

    private static Map<String, Long> totals(AreaFigures figures) {
        Map<String, Long> out = new LinkedHashMap<>();
        figures.figures().stream().filter(Figure::isTotal).forEach(f -> out.put(f.code(), f.value()));
        return out;
    }

    /** A whole meeting of the club on a day as the API takes it: every member present but a few, most measured. */
    private String meetingJson(UUID clubId, LocalDate day, Random random) {
        StringBuilder rows = new StringBuilder();
        for (MemberRow m : members.membersOf(clubId, day, NATION)) {
            boolean present = random.nextDouble() < 0.9;
            rows.append(rows.isEmpty() ? "" : ",").append("{\"personId\":\"").append(m.person().id())
                    .append("\",\"status\":\"").append(present ? "PRESENT" : "EXCUSED").append('"');
            if (present && random.nextDouble() < 0.8) {
                ReadingValues v = NationalData.reading(random);
                rows.append(",\"reading\":{\"systolic\":").append(v.systolic()).append(",\"diastolic\":")
                        .append(v.diastolic()).append(",\"pulse\":").append(v.pulse()).append(",\"weightKg\":")
                        .append(v.weightKg()).append('}');
            }
            rows.append('}');
        }
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"heldOn\":\"" + day + "\",\"place\":\"Nhà văn hóa thôn\","
                + "\"learningTopic\":\"Phòng chống đột quỵ\",\"guests\":1,\"rows\":[" + rows + "]}";
    }

    private void signIn() throws Exception {
        try {
            UserFixtures.create(accounts, "bench.quocgia", Role.NATIONAL_ADMIN, null, PASSWORD, "Đo tốc độ quốc gia");
        } catch (vn.ishc.shared.InvalidInputException madeByAnEarlierRun) {
            // The data of an earlier run, reused: the account is there already.
        }
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = get("/login").body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String form = "username=bench.quocgia&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void write() throws IOException {
        Path out = Path.of("target/benchmark/national.md");
        Files.createDirectories(out.getParent());
        String text = String.join("\n", report) + "\n";
        Files.writeString(out, text);
        log.info("\n{}", text);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
