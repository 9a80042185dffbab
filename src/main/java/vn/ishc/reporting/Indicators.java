package vn.ishc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.programme.ProgrammeFacts;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.VietnameseOrder;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/**
 * The figures of the indicator catalogue for an area and a period, from the clubs' figures kept up to
 * date: the nation, a province, a district (before the reform), a commune or a club, on the map as it
 * was or restated on today's. A user sees the figures of the clubs in their area only; an area counts a
 * person in two of its clubs once.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final ProgrammeFacts programme;
    private final RangePeople rangePeople;
    private final FigureCache cache;
    private final Clock clock;

    Indicators(JdbcClient jdbc, AdminUnits units, ProgrammeFacts programme, RangePeople rangePeople, FigureCache cache,
               Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.programme = programme;
        this.rangePeople = rangePeople;
        this.cache = cache;
        this.clock = clock;
    }

    private FigureCache.Key key(String what, Area area, Period period, Boundaries boundaries, AreaScope scope) {
        return new FigureCache.Key(what, area.path(), period.code(), boundaries, scope.toString(), today());
    }

    /**
     * An area as a report names it: its path on the map used, its official code and its name, and the day
     * its unit is taken on: the period's last day, or for a unit that ceased on 30 June 2025 inside a period
     * on the map as it was, that day (its figures are then those of the period's months before the reform).
     * {@code from} is the first day of a commune that began on 1 July 2025 inside a period on the map as it
     * was (its figures are then those of the period's months from the reform), null otherwise.
     */
    public record Area(String path, String code, String name, AdminUnit.Level level, LocalDate on, LocalDate from) {

        Area(String path, String code, String name, AdminUnit.Level level, LocalDate on) {
            this(path, code, name, level, on, null);
        }

        public boolean isNation() {
            return path.isEmpty();
        }
    }

    /** The area at a path on the map that the boundaries and the period give ("" is the nation). */
    public Area area(String path, Period period, Boundaries boundaries, AreaScope scope) {
        if (path == null || path.isEmpty()) {
            if (!scope.isNation()) {
                throw new OutOfScopeException("area \"\"");
            }
            return new Area("", "VN", null, null, mapDate(period, boundaries));
        }
        LocalDate on = mapDate(period, boundaries);
        AdminUnit unit = unitAt(path, on).orElse(null);
        if (unit == null && boundaries == Boundaries.AS_WAS && !on.isBefore(AdminUnits.REFORM_DATE)
                && period.start().isBefore(AdminUnits.REFORM_DATE)) {
            // On the map as it was, a period that runs across 1 July 2025 holds the units of before it for its
            // months before it: a province that ceased then is an area of the period as much as the one it went into.
            on = AdminUnits.REFORM_DATE.minusDays(1);
            unit = unitAt(path, on).orElse(null);
        }
        if (unit == null) {
            // The unit as it was on the period's last day, to say which is missing.
            units.at(levelAt(path, mapDate(period, boundaries)), path.substring(path.lastIndexOf('.') + 1),
                    mapDate(period, boundaries), AreaScope.nation());
            throw new InvalidInputException("reporting.area.unknown", "area", path);
        }
        AdminUnit.Level level = unit.level();
        // An area of today's map is the user's area or within it; an earlier unit, one that covers part of it
        // (its figures then count the user's clubs only).
        if (!scope.isNation() && !(unit.inForceToday() ? scope.covers(path) && scope.clubId() == null
                : units.isVisible(unit.id(), scope))) {
            throw new OutOfScopeException("area " + path);
        }
        // On the map as it was, a commune of today's map counts from the day it began: the months before are
        // those of the communes it was formed from, each a unit of the period for its own months.
        LocalDate from = boundaries == Boundaries.AS_WAS && level == AdminUnit.Level.COMMUNE
                && unit.validFrom().equals(AdminUnits.REFORM_DATE) && period.start().isBefore(AdminUnits.REFORM_DATE)
                && !period.end().isBefore(AdminUnits.REFORM_DATE) ? unit.validFrom() : null;
        return new Area(path, unit.code(), unit.fullName(), level, on, from);
    }

    /** The unit at the path in force on the day, if any. */
    private java.util.Optional<AdminUnit> unitAt(String path, LocalDate on) {
        return units.find(levelAt(path, on), path.substring(path.lastIndexOf('.') + 1), on, AreaScope.nation())
                .filter(u -> u.path().equals(path));
    }

    private static AdminUnit.Level levelAt(String path, LocalDate on) {
        int parts = path.split("\\.").length;
        return parts == 1 ? AdminUnit.Level.PROVINCE
                : parts == 3 || on.isBefore(AdminUnits.REFORM_DATE) && parts == 2
                        ? (parts == 2 ? AdminUnit.Level.DISTRICT : AdminUnit.Level.COMMUNE)
                        : AdminUnit.Level.COMMUNE;
    }

    /**
     * The months of a period that an area's figures are read over: all of them, but for a unit that ceased
     * on 30 June 2025 (on the map as it was) those before the reform, for a commune that began on 1 July 2025
     * those from it.
     */
    static Period monthsOf(Area area, Period period) {
        if (area.from() != null && area.from().isAfter(period.start())) {
            return Period.range(YearMonth.from(area.from()), period.last());
        }
        if (area.on() == null || !area.on().isBefore(AdminUnits.REFORM_DATE) || period.end().isBefore(AdminUnits.REFORM_DATE)) {
            return period;
        }
        return Period.range(period.first(), YearMonth.from(AdminUnits.REFORM_DATE).minusMonths(1));
    }

    /** The figures of an area for a period. */
    public AreaFigures of(String path, Period period, Boundaries boundaries, AreaScope scope) {
        Area area = area(path, period, boundaries, scope);
        return new AreaFigures(area.code(), area.name(), period, figures(area, monthsOf(area, period), boundaries, scope));
    }

    /**
     * The total of one indicator for an area and a period, reading only what it needs (a point of a chart,
     * the progress of a target); null for a code not computed. Equal to the total that {@link #of} gives.
     */
    public Long total(String path, Period period, Boundaries boundaries, AreaScope scope, String code) {
        Indicator indicator = Indicator.of(code).orElse(null);
        if (indicator == null) {
            return null;
        }
        Area area = area(path, period, boundaries, scope);
        Period months = monthsOf(area, period);
        if (indicator.reading() == Indicator.Reading.AREA && !code.startsWith("COMMUNES_") && !code.startsWith("PROVINCES_")) {
            // Trainings and commendations: read as they stand.
            return programmeFigures(area, months, boundaries).total(code);
        }
        return cache.get(key("total:" + code, area, months, boundaries, scope),
                () -> keptTotal(area, months, boundaries, scope, indicator), v -> 1);
    }

    private Long keptTotal(Area area, Period period, Boundaries boundaries, AreaScope scope, Indicator indicator) {
        String code = indicator.name();
        boolean old = boundaries == Boundaries.AS_WAS && period.end().isBefore(AdminUnits.REFORM_DATE);
        String column = PlaceSql.column(old);
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.put("area", area.path());
        String where = PlaceSql.where(old, area.isNation(), scope);
        Sums sums = new Sums(period, today(), List.of(Sums.readFrom(code)));
        if (code.startsWith("COMMUNES_") || code.startsWith("PROVINCES_")) {
            if (code.startsWith("PROVINCES_") && !area.isNation()) {
                return 0L;
            }
            String provinces = !area.isNation() ? null : PlaceSql.province(old);
            sums.communes(jdbc, column, where, params, communesTotal(area, period, boundaries), provinces,
                    area.isNation() ? units.provinceCount(mapDate(period, boundaries), AreaScope.nation()) : 0);
            return sums.total(code);
        }
        boolean rangeOfSums = summed(area, old, boundaries, scope) && rangeFromSums(period, boundaries);
        if (period.kind() == Period.Kind.RANGE && indicator == Indicator.CLUBS_MET_MONTHLY) {
            return (rangeOfSums ? Sums.metEveryMonthOfSums(jdbc, period, today(), boundaries, List.of(area.path()))
                    : Sums.metEveryMonth(jdbc, period, today(), "''", where, params)).getOrDefault(rangeOfSums ? area.path() : "", 0L);
        }
        if (period.kind() == Period.Kind.RANGE && indicator == Indicator.ENTITLEMENT_CASES_RESOLVED) {
            return (rangeOfSums ? Sums.resolvedOverRangeOfSums(jdbc, period, today(), boundaries, List.of(area.path()))
                    : Sums.resolvedOverRange(jdbc, period, today(), "''", where, params))
                    .getOrDefault(rangeOfSums ? area.path() : "", 0L);
        }
        if (period.kind() == Period.Kind.RANGE && RangePeople.CODES.contains(code)) {
            return rangePeople.count(period, today(), "''", where, params).getOrDefault("", Map.of())
                    .getOrDefault(code + "|", 0L);
        }
        boolean summed = summed(area, old, boundaries, scope);
        if (summed) {
            sums.readSums(jdbc, boundaries, area.path());
        } else {
            sums.read(jdbc, where, params);
        }
        if (indicator.people() && !summed) {
            sums.subtractSharedPeople(jdbc, where, params);
        }
        return sums.total(code);
    }

    /**
     * Whether the area's figures are the kept sums of the nation, a province or a commune of today's map
     * (restated; all its clubs within the scope).
     */
    private static boolean summed(Area area, boolean old, Boundaries boundaries, AreaScope scope) {
        return (area.isNation() && scope.isNation())
                || (area.level() == AdminUnit.Level.PROVINCE && (scope.isNation() || !old && scope.level() == AreaScope.Level.PROVINCE
                        && scope.path().equals(area.path())))
                || communeSummed(area, boundaries, scope);
    }

    /**
     * Whether a free range of months of an area whose sums are kept is read from them: the sums put a month
     * in the area of its own map, so on the map as it was a range across 1 July 2025 (counted on the map at
     * its end) is read from the clubs.
     */
    private boolean rangeFromSums(Period period, Boundaries boundaries) {
        return (boundaries == Boundaries.RESTATED || !period.start().isBefore(AdminUnits.REFORM_DATE)
                || period.end().isBefore(AdminUnits.REFORM_DATE)) && FigureWorker.everyCodeKept(jdbc);
    }

    /** Whether a commune's figures are its kept sums: a commune of today's map, restated, all its clubs within the scope. */
    private static boolean communeSummed(Area area, Boundaries boundaries, AreaScope scope) {
        return boundaries == Boundaries.RESTATED && area.level() == AdminUnit.Level.COMMUNE && area.from() == null
                && area.path().split("\\.").length == 2 && (scope.isNation() || scope.clubId() == null && scope.covers(area.path()));
    }

    /**
     * On the map as it was, for a period that runs across 1 July 2025, the provinces that went into a province
     * then, other than the one whose code it carries, each with its figures for the period's months before the
     * reform; none otherwise. The province's own figures count their clubs from 1 July only, as the map was: its
     * year is all of its clubs' records with these beside it.
     */
    public List<AreaFigures> mergedInto(String path, Period period, Boundaries boundaries, AreaScope scope) {
        Area area = area(path, period, boundaries, scope);
        if (boundaries != Boundaries.AS_WAS || area.level() != AdminUnit.Level.PROVINCE
                || area.on().isBefore(AdminUnits.REFORM_DATE) || !period.start().isBefore(AdminUnits.REFORM_DATE)) {
            return List.of();
        }
        AdminUnit province = units.at(AdminUnit.Level.PROVINCE, area.code(), area.on(), AreaScope.nation());
        List<AreaFigures> out = new ArrayList<>();
        for (var from : units.history(province).formedFrom()) {
            AdminUnit old = from.unit();
            if (old.level() == AdminUnit.Level.PROVINCE && !old.code().equals(area.code())
                    && old.validTo() != null && old.validTo().isAfter(period.start())) {
                out.add(of(old.path(), period, boundaries, scope));
            }
        }
        out.sort(VietnameseOrder.by(AreaFigures::name));
        return out;
    }

    /**
     * On the map as it was, for a period that runs across 1 July 2025, the communes of the map before it that
     * held clubs of a province (within the scope), each with its figures for the period's months before the
     * reform; none otherwise. The province's communes of today's map count from 1 July: these are its
     * communes of the months before.
     */
    public List<AreaFigures> ceasedCommunes(String path, Period period, Boundaries boundaries, AreaScope scope) {
        Area area = area(path, period, boundaries, scope);
        if (boundaries != Boundaries.AS_WAS || area.level() != AdminUnit.Level.PROVINCE
                || area.on().isBefore(AdminUnits.REFORM_DATE) || !period.start().isBefore(AdminUnits.REFORM_DATE)) {
            return List.of();
        }
        List<String> paths = jdbc.sql("""
                        select distinct old_path from rpt_club_place
                        where old_path like :area || '.%' and founded_on < :reform order by old_path""")
                .param("area", area.path()).param("reform", AdminUnits.REFORM_DATE).query(String.class).list();
        List<AreaFigures> out = new ArrayList<>();
        for (String old : paths) {
            Area a;
            try {
                a = area(old, period, boundaries, scope);
            } catch (OutOfScopeException | InvalidInputException notShown) {
                continue;
            }
            if (a.on().isBefore(AdminUnits.REFORM_DATE)) {
                out.add(new AreaFigures(a.code(), a.name(), period, figures(a, monthsOf(a, period), boundaries, scope)));
            }
        }
        return out;
    }

    /** The figures of one club for a period. */
    public AreaFigures ofClub(UUID clubId, Period period, AreaScope scope) {
        // A club not counted yet (registered a moment ago) is not known here until the worker has run.
        Map<String, Object> place = jdbc.sql(PLACE_OF_CLUB)
                .param("c", clubId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new vn.ishc.shared.NotFoundException("clubs.notFound", clubId));
        String now = (String) place.get("now_path");
        if (!scope.isNation() && !(scope.clubId() != null ? scope.clubId().equals(clubId)
                : now != null ? scope.covers(now) : scope.covers((String) place.get("now_province")))) {
            throw new OutOfScopeException("club " + clubId);
        }
        Sums sums = new Sums(period, today());
        sums.read(jdbc, OF_CLUB, Map.of("club", clubId));
        ranges(sums, period, OF_CLUB, Map.of("club", clubId));
        return new AreaFigures((String) place.get("code"), (String) place.get("name"), period, sums.figures());
    }

    /** The figures of the clubs of a partner project (those in the user's area), for a period. */
    public AreaFigures ofProject(UUID projectId, String code, String name, Period period, AreaScope scope) {
        return ofClubs(PlaceSql.OF_PROJECT, Map.of("project", projectId), code, name, period, scope);
    }

    /** The figures of the clubs of a village (thôn, tổ dân phố), for a period. */
    public AreaFigures ofVillage(UUID villageId, String code, String name, Period period, AreaScope scope) {
        return ofClubs(PlaceSql.OF_VILLAGE, Map.of("village", villageId), code, name, period, scope);
    }

    private AreaFigures ofClubs(org.jooq.Condition condition, Map<String, Object> more, String code, String name, Period period,
                                AreaScope scope) {
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.putAll(more);
        String where = PlaceSql.where(condition, scope);
        Sums sums = new Sums(period, today());
        sums.read(jdbc, where, params);
        sums.subtractSharedPeople(jdbc, where, params);
        ranges(sums, period, where, params);
        return new AreaFigures(code, name, period, sums.figures());
    }

    /** The areas one level down (provinces of the nation, communes or districts of a province, clubs of a commune). */
    public List<AreaFigures> below(String path, Period period, Boundaries boundaries, AreaScope scope) {
        Area area = area(path, period, boundaries, scope);
        Period months = monthsOf(area, period);
        return cache.get(key("below", area, months, boundaries, scope), () -> List.copyOf(below(area, months, boundaries, scope)),
                rows -> rows.stream().mapToInt(r -> r.figures().size()).sum());
    }

    private List<AreaFigures> below(Area area, Period period, Boundaries boundaries, AreaScope scope) {
        LocalDate end = period.end();
        boolean old = boundaries == Boundaries.AS_WAS && end.isBefore(AdminUnits.REFORM_DATE);
        String column = PlaceSql.column(old);
        int depth = area.isNation() ? 1 : area.path().split("\\.").length + 1;
        boolean clubs = area.level() == AdminUnit.Level.COMMUNE;
        String child = clubs ? CLUB_ID_TEXT : PlaceSql.prefix(old, depth);
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.put("area", area.path());
        String where = PlaceSql.where(old, area.isNation(), scope);
        Map<String, Sums> byChild = new LinkedHashMap<>();
        boolean childrenSummed = false;
        if (area.isNation() && scope.isNation()) {
            // The provinces' kept sums, which count a person in two clubs of the province once.
            Sums.eachProvince(jdbc, period, today(), boundaries, (key, sums) -> byChild.put(key, sums));
        } else if (!old && boundaries == Boundaries.RESTATED && area.level() == AdminUnit.Level.PROVINCE
                && (scope.isNation() || scope.clubId() == null && scope.covers(area.path()))) {
            // The communes' kept sums (today's map), which count a person in two clubs of the commune once.
            childrenSummed = true;
            Sums.eachCommune(jdbc, period, today(), area.path(), (key, sums) -> byChild.put(key, sums));
        } else {
            Sums.each(jdbc, period, today(), child, where, params, (key, sums) -> byChild.put(key, sums));
        }
        byChild.remove(null);
        if (!clubs) {
            String province = PlaceSql.province(old);
            String grouping = area.isNation() && scope.isNation() ? province : child;
            Sums.communesOf(jdbc, period, today(), grouping, column, where, params, byChild,
                    units.communeCounts(byChild.keySet(), mapDate(period, boundaries), AreaScope.nation()));
        }
        if (period.kind() == Period.Kind.RANGE) {
            String grouping = area.isNation() && scope.isNation()
                    ? PlaceSql.province(old) : child;
            // The provinces' or communes' kept sums, when the table is read from them.
            boolean ofSums = (area.isNation() && scope.isNation() || childrenSummed) && rangeFromSums(period, boundaries);
            Map<String, Long> met = ofSums ? Sums.metEveryMonthOfSums(jdbc, period, today(), boundaries, byChild.keySet())
                    : Sums.metEveryMonth(jdbc, period, today(), grouping, where, params);
            byChild.forEach((key, sums) -> sums.set(Indicator.CLUBS_MET_MONTHLY.name(), met.getOrDefault(key, 0L)));
            Map<String, Long> resolved = ofSums ? Sums.resolvedOverRangeOfSums(jdbc, period, today(), boundaries, byChild.keySet())
                    : Sums.resolvedOverRange(jdbc, period, today(), grouping, where, params);
            byChild.forEach((key, sums) -> sums.set(Indicator.ENTITLEMENT_CASES_RESOLVED.name(),
                    resolved.getOrDefault(key, 0L)));
            Map<String, Map<String, Long>> people = rangePeople.count(period, today(), grouping, where, params);
            byChild.forEach((key, sums) -> sums.setCounted(people.getOrDefault(key, Map.of())));
        }
        List<AreaFigures> out = new ArrayList<>();
        Map<String, String[]> names = clubs ? clubNames(byChild.keySet()) : Map.of();
        for (Map.Entry<String, Sums> e : byChild.entrySet()) {
            if (e.getKey() == null) {
                continue;
            }
            if (clubs) {
                String[] n = names.get(e.getKey());
                out.add(new AreaFigures(n[0], n[1], period, e.getValue().figures()));
            } else {
                Area a = area(e.getKey(), period, boundaries, scope);
                Period months = monthsOf(a, period);
                // A unit that ceased within the period: its figures of its months (its stocks at its last).
                List<Figure> figures = months.equals(period) ? e.getValue().figures() : figures(a, months, boundaries, scope);
                out.add(new AreaFigures(a.code(), a.name(), period, figures));
            }
        }
        out.sort(VietnameseOrder.by(AreaFigures::name));
        return out;
    }

    private List<Figure> figures(Area area, Period period, Boundaries boundaries, AreaScope scope) {
        List<Figure> kept = cache.get(key("of", area, period, boundaries, scope),
                () -> List.copyOf(keptFigures(area, period, boundaries, scope)), List::size);
        List<Figure> done = programmeFigures(area, period, boundaries).figures();
        if (done.isEmpty()) {
            return kept;
        }
        List<Figure> out = new ArrayList<>(kept);
        out.addAll(done);
        return out;
    }

    /**
     * Courses and commendations, read as they stand beside the figures held. They are recorded against
     * today's units, so below the nation they count on today's map only (none for the provinces, districts
     * and communes of the map as it was before the reform); the nation counts them all on either map.
     */
    private Sums programmeFigures(Area area, Period period, Boundaries boundaries) {
        Sums sums = new Sums(period, today());
        if (boundaries == Boundaries.AS_WAS && period.end().isBefore(AdminUnits.REFORM_DATE) && !area.isNation()) {
            return sums;
        }
        LocalDate end = period.end().isAfter(today()) ? today() : period.end();
        ProgrammeFacts.Figures done = programme.figures(area.path(), period.start(), end, AreaScope.nation());
        sums.put("TRAININGS_HELD", done.trainingsHeld());
        sums.put("TRAINING_PARTICIPANTS", done.trainingParticipants());
        sums.put("AWARDS", done.awards());
        return sums;
    }

    /** The figures of an area from the clubs' kept figures and the map. */
    private List<Figure> keptFigures(Area area, Period period, Boundaries boundaries, AreaScope scope) {
        Sums sums = new Sums(period, today());
        boolean old = boundaries == Boundaries.AS_WAS && period.end().isBefore(AdminUnits.REFORM_DATE);
        boolean summed = summed(area, old, boundaries, scope);
        if (summed) {
            // The kept sums count a person in two of their clubs once already.
            sums.readSums(jdbc, boundaries, area.path());
        } else {
            String column = PlaceSql.column(old);
            Map<String, Object> params = new HashMap<>(scopeParams(scope));
            params.put("area", area.path());
            sums.read(jdbc, PlaceSql.where(old, area.isNation(), scope), params);
        }
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.put("area", area.path());
        String column = PlaceSql.column(old);
        String where = PlaceSql.where(old, area.isNation(), scope);
        if (!summed) {
            sums.subtractSharedPeople(jdbc, where, params);
        }
        if (summed && rangeFromSums(period, boundaries)) {
            rangesOfSums(sums, period, where, params, boundaries, area.path());
        } else {
            ranges(sums, period, where, params);
        }
        String provinces = !area.isNation() ? null : PlaceSql.province(old);
        sums.communes(jdbc, column, where, params, communesTotal(area, period, boundaries), provinces,
                area.isNation() ? units.provinceCount(mapDate(period, boundaries), AreaScope.nation()) : 0);
        return sums.figures();
    }

    /**
     * A free range of months (quarters and years are kept): the clubs that met every month read from its
     * months, and the people counted over it as a whole from the rows kept of the clubs' readings and visits.
     */
    private void ranges(Sums sums, Period period, String where, Map<String, Object> params) {
        if (period.kind() == Period.Kind.RANGE) {
            sums.set(Indicator.CLUBS_MET_MONTHLY.name(), Sums.metEveryMonth(jdbc, period, today(), "''", where, params).getOrDefault("", 0L));
            sums.set(Indicator.ENTITLEMENT_CASES_RESOLVED.name(),
                    Sums.resolvedOverRange(jdbc, period, today(), "''", where, params).getOrDefault("", 0L));
            sums.setCounted(rangePeople.count(period, today(), "''", where, params).getOrDefault("", Map.of()));
        }
    }

    /** As {@link #ranges}, for an area whose sums are kept: the clubs that met and the cases resolved read from them. */
    private void rangesOfSums(Sums sums, Period period, String where, Map<String, Object> params, Boundaries boundaries,
                              String path) {
        if (period.kind() == Period.Kind.RANGE) {
            sums.set(Indicator.CLUBS_MET_MONTHLY.name(),
                    Sums.metEveryMonthOfSums(jdbc, period, today(), boundaries, List.of(path)).getOrDefault(path, 0L));
            sums.set(Indicator.ENTITLEMENT_CASES_RESOLVED.name(),
                    Sums.resolvedOverRangeOfSums(jdbc, period, today(), boundaries, List.of(path)).getOrDefault(path, 0L));
            sums.setCounted(rangePeople.count(period, today(), "''", where, params).getOrDefault("", Map.of()));
        }
    }

    private long communesTotal(Area area, Period period, Boundaries boundaries) {
        return units.communeCount(area.path(), mapDate(period, boundaries), AreaScope.nation());
    }

    private LocalDate mapDate(Period period, Boundaries boundaries) {
        LocalDate end = period.end().isAfter(today()) ? today() : period.end();
        return boundaries == Boundaries.RESTATED ? today() : end;
    }

    private static Map<String, Object> scopeParams(AreaScope scope) {
        Map<String, Object> p = new HashMap<>();
        if (!scope.isNation()) {
            p.put("scope", scope.path());
            if (scope.clubId() != null) {
                p.put("scopeClub", scope.clubId());
            }
        }
        return p;
    }

    /** A club's code in the figures and their exports: see {@link PlaceSql#CLUB_CODE}. */
    static final org.jooq.Field<String> CLUB_CODE = PlaceSql.CLUB_CODE;

    private static final String CLUB_ID_TEXT = ReportingTables.inline(PlaceSql.CLUB_ID.cast(org.jooq.impl.SQLDataType.VARCHAR));
    private static final String OF_CLUB = ReportingTables.named(PlaceSql.OF_CLUB);

    /** A club's code, name and places, by {@code :c}. */
    private static final String PLACE_OF_CLUB = ReportingTables.named(ReportingTables.sql()
            .select(CLUB_CODE.as("code"), PlaceSql.p(ReportingTables.CLUB_PLACE.name).as("name"), PlaceSql.NOW_PATH.as("now_path"),
                    PlaceSql.NOW_PROVINCE.as("now_province"))
            .from(ReportingTables.CLUB_PLACE.table.as("p")).where(PlaceSql.CLUB_ID.eq(ReportingTables.param("c", UUID.class))));

    /** Clubs' codes and names, by their ids as text ({@code :ids}). */
    private static final String NAMES_OF_CLUBS = ReportingTables.named(ReportingTables.sql()
            .select(PlaceSql.CLUB_ID.cast(org.jooq.impl.SQLDataType.VARCHAR).as("id"), CLUB_CODE.as("code"),
                    PlaceSql.p(ReportingTables.CLUB_PLACE.name).as("name"))
            .from(ReportingTables.CLUB_PLACE.table.as("p"))
            .where(PlaceSql.CLUB_ID.cast(org.jooq.impl.SQLDataType.VARCHAR).in(ReportingTables.param("ids", String.class))));

    private Map<String, String[]> clubNames(java.util.Collection<String> ids) {
        Map<String, String[]> out = new HashMap<>();
        jdbc.sql(NAMES_OF_CLUBS)
                .param("ids", ids.isEmpty() ? List.of("") : ids)
                .query((rs, n) -> out.put(rs.getString("id"), new String[] {rs.getString("code"), rs.getString("name")}))
                .list();
        return out;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    static YearMonth stockMonth(Period period, LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return period.last().isAfter(now) ? now : period.last();
    }
}
