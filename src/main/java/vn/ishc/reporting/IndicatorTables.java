package vn.ishc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

/**
 * An area's report table: its own figures and those of the areas one level down (provinces of the
 * nation, districts or communes of a province, communes of a district, clubs of a commune), each row
 * with the path or club that opens it, names in the reader's language. An area is shown only to a
 * user whose area holds all of it: a commune officer does not get their province's figures cut down to
 * their own commune, a province officer gets nothing of another province.
 */
@Service
// No transaction of its own: an area looked up on one map and not found there is looked up on the
// other, and a lookup that fails must not mark a surrounding transaction for rollback.
public class IndicatorTables {

    private final Indicators indicators;
    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorTables(Indicators indicators, AdminUnits units, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.units = units;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a table is of: an area (path on the map used) or one club ({@code clubId}, with the path of
     * its commune on today's map, null while its village waits for one).
     */
    public record Place(String path, String code, String name, AdminUnit.Level level, UUID clubId) {

        public boolean isNation() {
            return clubId == null && path != null && path.isEmpty();
        }

        public boolean isClub() {
            return clubId != null;
        }

        public boolean isProvince() {
            return level == AdminUnit.Level.PROVINCE;
        }

        public boolean isCommune() {
            return clubId == null && level == AdminUnit.Level.COMMUNE;
        }
    }

    /** One row of the table: an area (with its path) or a club (with its id), and its figures. */
    public record Row(String path, UUID clubId, AreaFigures figures) {

        public String name() {
            return figures.name();
        }
    }

    /**
     * A table as asked for. {@code boundaries} is the map used, which may differ from the one asked for
     * when the area is not on it; {@code noteKey} then names the message that says so.
     */
    public record Table(Place place, Period period, Boundaries boundaries, AreaFigures figures, List<Row> below,
                        String noteKey) {

        /** Whether the figures are on today's map of 34 provinces. */
        public boolean todaysMap() {
            return IndicatorTables.todaysMap(period, boundaries);
        }

        /** The area's row followed by the rows below it, as an export writes them. */
        public List<AreaFigures> rows() {
            List<AreaFigures> out = new ArrayList<>();
            out.add(figures);
            below.forEach(r -> out.add(r.figures()));
            return out;
        }
    }

    /** The area where the asked map holds it, with the map used and why it changed. */
    public record Resolved(Place place, Boundaries boundaries, String noteKey) {
    }

    /** Whether a period's figures on these boundaries are counted on today's map. */
    public static boolean todaysMap(Period period, Boundaries boundaries) {
        return boundaries == Boundaries.RESTATED || !period.end().isBefore(AdminUnits.REFORM_DATE);
    }

    /**
     * The area at the path on the map of the period and boundaries, checked against the scope. A path
     * of today's map asked for on the map before the reform (a commune of today) is shown restated; a
     * path of the old map asked for on today's (a district) falls back to its province.
     *
     * @throws OutOfScopeException  when the area is not wholly within the scope
     * @throws InvalidInputException when no unit is at the path on either map
     */
    public Resolved resolve(String path, Period period, Boundaries boundaries, AreaScope scope, Locale locale) {
        requireCurrent(scope);
        String p = path == null ? "" : path.strip();
        if (p.isEmpty() || todaysMap(period, boundaries)) {
            Place place = placeOrNull(p, period, boundaries, locale);
            if (place == null && p.contains(".")) {
                String province = p.substring(0, p.indexOf('.'));
                place = placeOrNull(province, period, boundaries, locale);
                if (place != null) {
                    requireWithin(place, period, boundaries, scope);
                    return new Resolved(place, boundaries, "dashboard.note.oldArea");
                }
            }
            if (place == null) {
                throw new InvalidInputException("reporting.area.unknown", "area", p);
            }
            requireWithin(place, period, boundaries, scope);
            return new Resolved(place, boundaries, null);
        }
        Place old = placeOrNull(p, period, boundaries, locale);
        if (old != null && within(old, period, boundaries, scope)) {
            return new Resolved(old, boundaries, null);
        }
        Place restated = placeOrNull(p, period, Boundaries.RESTATED, locale);
        if (restated != null && (old == null || !scope.isNation())) {
            requireWithin(restated, period, Boundaries.RESTATED, scope);
            return new Resolved(restated, Boundaries.RESTATED, "dashboard.note.restated");
        }
        if (old == null) {
            throw new InvalidInputException("reporting.area.unknown", "area", p);
        }
        throw new OutOfScopeException("figures of area '" + p + "' for " + period.code());
    }

    /** The table of an area: its figures and those of the areas one level down. */
    public Table table(String path, Period period, Boundaries boundaries, AreaScope scope, Locale locale) {
        Resolved r = resolve(path, period, boundaries, scope, locale);
        Place place = r.place();
        Boundaries b = r.boundaries();
        AreaFigures own = named(indicators.of(place.path(), period, b, scope), place.name());
        List<Row> rows = new ArrayList<>();
        List<AreaFigures> below = below(place, period, b, scope);
        if (place.isCommune()) {
            Map<String, UUID> ids = clubIds(place.path(), period, b);
            for (AreaFigures club : below) {
                rows.add(new Row(null, ids.get(club.orgUnit() + "|" + club.name()), club));
            }
        } else {
            Map<String, AdminUnit> children = children(place, period, b, mapDate(period, b));
            boolean english = english(locale);
            for (AreaFigures child : below) {
                AdminUnit unit = children.get(child.orgUnit());
                String childPath = unit != null ? unit.path()
                        : place.isNation() ? child.orgUnit() : place.path() + "." + child.orgUnit();
                rows.add(new Row(childPath, null, unit == null ? child : named(child, unit.label(english))));
            }
            if (place.isProvince()) {
                // Across the reform on the map as it was: the communes of before it, each for its months.
                List<AreaFigures> ceased = indicators.ceasedCommunes(place.path(), period, b, scope);
                Map<String, AdminUnit> old = ceased.isEmpty() ? Map.of()
                        : oldCommunes(place, AdminUnits.REFORM_DATE.minusDays(1));
                for (AreaFigures c : ceased) {
                    AdminUnit unit = old.get(c.orgUnit());
                    if (unit != null) {
                        rows.add(new Row(unit.path(), null, named(c, unit.label(english))));
                    }
                }
                if (!ceased.isEmpty()) {
                    rows.sort(java.util.Comparator.comparing(Row::name, java.util.Comparator.nullsLast(
                            java.util.Comparator.naturalOrder())));
                }
            }
        }
        return new Table(place, period, b, own, rows, r.noteKey());
    }

    /** The table of one club: its figures, nothing below. */
    public Table club(UUID clubId, Period period, AreaScope scope) {
        // A club whose figures have not been computed yet (or no club at all) has no place to read.
        List<String> place = jdbc.sql("select coalesce(now_path, '') from rpt_club_place where club_id = :c")
                .param("c", clubId).query(String.class).list();
        if (place.isEmpty()) {
            throw new NotFoundException("clubs.notFound", clubId);
        }
        AreaFigures figures = indicators.ofClub(clubId, period, scope);
        String commune = place.get(0).isEmpty() ? null : place.get(0);
        return new Table(new Place(commune, figures.orgUnit(), figures.name(), null, clubId), period,
                Boundaries.RESTATED, figures, List.of(), null);
    }

    /**
     * The total of one indicator of a place for a period on a map, reading only what it needs (a point of
     * a chart, a target's progress); null if the place was not on that map or the figure cannot be said.
     */
    public Long totalOf(Place place, Period period, Boundaries boundaries, AreaScope scope, String code) {
        if (place.isClub()) {
            AreaFigures f = indicators.ofClub(place.clubId(), period, scope);
            if (Indicator.of(code).isEmpty()) {
                return null;
            }
            return f.figures().stream().filter(x -> x.isTotal() && x.code().equals(code)).mapToLong(Figure::value)
                    .findFirst().orElse(period.kind() == Period.Kind.RANGE
                            && !Indicator.of(code).get().readOverRanges() ? null : 0L);
        }
        try {
            return indicators.total(place.path(), period, boundaries, scope, code);
        } catch (InvalidInputException | NotFoundException notOnThatMap) {
            return null;
        }
    }

    /** The figures of a place for another period on the same map (a point of a chart); null if the place was not on it. */
    public AreaFigures figuresOf(Place place, Period period, Boundaries boundaries, AreaScope scope) {
        if (place.isClub()) {
            return indicators.ofClub(place.clubId(), period, scope);
        }
        try {
            return indicators.of(place.path(), period, boundaries, scope);
        } catch (InvalidInputException | NotFoundException notOnThatMap) {
            return null;
        }
    }

    /**
     * Each club of the area within the scope with its figures, when the area has at most {@code most}
     * of them; null when it has more (their figures are then read as counts).
     */
    public List<Row> clubsOf(Place place, Period period, Boundaries boundaries, AreaScope scope, int most) {
        if (place.isClub()) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        if (!place.isNation()) {
            params.put("area", place.path());
        }
        if (scope.clubId() != null) {
            params.put("scopeClub", scope.clubId());
        } else if (!scope.isNation()) {
            params.put("scope", scope.path());
        }
        params.put("limit", most + 1);
        List<UUID> ids = jdbc.sql(clubsOfSql(!todaysMap(period, boundaries), place.isNation(), scope))
                .params(params).param("end", period.end()).query(UUID.class).list();
        if (ids.size() > most) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (UUID id : ids) {
            rows.add(new Row(null, id, indicators.ofClub(id, period, scope)));
        }
        return rows;
    }

    /** The figures of each province on the map of the period and boundaries: all for the nation, the user's own else. */
    public List<AreaFigures> provinces(Period period, Boundaries boundaries, AreaScope scope) {
        requireCurrent(scope);
        return scope.isNation() ? indicators.below("", period, boundaries, scope)
                : List.of(indicators.of(scope.provinceCode(), period, boundaries, scope));
    }

    private List<AreaFigures> below(Place place, Period period, Boundaries b, AreaScope scope) {
        return indicators.below(place.path(), period, b, scope);
    }

    private static final java.util.concurrent.ConcurrentMap<String, String> CLUBS_OF = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The first clubs, by name, of the area {@code :area} on the map read (every club the nation has on it)
     * and the user's scope, founded by {@code :end}: at most {@code :limit}. Rendered once for each kind of
     * area and scope.
     */
    private static String clubsOfSql(boolean old, boolean nation, AreaScope scope) {
        String kind = scope.isNation() ? "nation" : scope.clubId() != null ? "club" : "area";
        return CLUBS_OF.computeIfAbsent(old + "|" + nation + "|" + kind, k -> {
            org.jooq.Condition in = !nation ? PlaceSql.inArea(old, false)
                    : old ? PlaceSql.OLD_PATH.isNotNull() : org.jooq.impl.DSL.noCondition();
            return ReportingTables.named(ReportingTables.sql().select(PlaceSql.CLUB_ID)
                    .from(ReportingTables.CLUB_PLACE.table.as("p"))
                    .where(in).and(PlaceSql.inScope(scope))
                    .and(PlaceSql.p(ReportingTables.CLUB_PLACE.foundedOn).le(ReportingTables.param("end", java.time.LocalDate.class)))
                    .orderBy(PlaceSql.p(ReportingTables.CLUB_PLACE.name))
                    .limit(ReportingTables.param("limit", Integer.class)));
        });
    }

    /** The clubs of the commune {@code :path} on either map: their ids, codes and names. */
    private static String clubsOfCommune(boolean old) {
        return old ? CLUBS_OF_OLD_COMMUNE : CLUBS_OF_COMMUNE;
    }

    private static final String CLUBS_OF_COMMUNE = clubsOfCommuneSql(false);
    private static final String CLUBS_OF_OLD_COMMUNE = clubsOfCommuneSql(true);

    private static String clubsOfCommuneSql(boolean old) {
        return ReportingTables.named(ReportingTables.sql()
                .select(PlaceSql.CLUB_ID.as("club_id"), Indicators.CLUB_CODE.as("code"),
                        PlaceSql.p(ReportingTables.CLUB_PLACE.name).as("name"))
                .from(ReportingTables.CLUB_PLACE.table.as("p"))
                .where(PlaceSql.path(old).eq(ReportingTables.param("path", String.class))));
    }

    private Map<String, UUID> clubIds(String communePath, Period period, Boundaries boundaries) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql(clubsOfCommune(!todaysMap(period, boundaries)))
                .param("path", communePath)
                .query((rs, n) -> ids.put(rs.getString("code") + "|" + rs.getString("name"),
                        rs.getObject("club_id", UUID.class)))
                .list();
        return ids;
    }

    private Place placeOrNull(String path, Period period, Boundaries boundaries, Locale locale) {
        Indicators.Area area;
        try {
            area = indicators.area(path, period, boundaries, AreaScope.nation());
        } catch (InvalidInputException | NotFoundException | IllegalArgumentException none) {
            return null;
        }
        if (area.isNation()) {
            return new Place("", area.code(), messages.getMessage("dashboard.nation", null, locale), null, null);
        }
        AdminUnit unit = units.at(area.level(), area.code(), area.on(), AreaScope.nation());
        return new Place(area.path(), area.code(), unit.label(english(locale)), area.level(), null);
    }

    /**
     * Refuses a user whose area is a unit no longer in force (an account made before 1 July 2025 for a
     * province or commune that went into another), naming where it went: such an area's clubs are counted
     * under today's units, which hold more than it, so no figure can be shown as theirs alone. An
     * administrator gives them their area on today's map.
     *
     * @throws InvalidInputException naming the former unit and today's units that hold it
     */
    void requireCurrent(AreaScope scope) {
        if (scope.isNation() || scope.clubId() != null || units.atScope(scope).isPresent()) {
            return;
        }
        LocalDate before = AdminUnits.REFORM_DATE.minusDays(1);
        String code = scope.path().substring(scope.path().lastIndexOf('.') + 1);
        AdminUnit.Level level = scope.level() == AreaScope.Level.PROVINCE ? AdminUnit.Level.PROVINCE
                : AdminUnit.Level.COMMUNE;
        AdminUnit former = units.find(level, code, before, AreaScope.nation()).orElse(null);
        if (former == null) {
            throw new InvalidInputException("reporting.scope.former", "area", scope.path(), "?");
        }
        List<AdminUnit> now = units.today(former).stream().filter(u -> u.level() == level).toList();
        StringBuilder names = new StringBuilder();
        for (AdminUnit u : now.isEmpty() ? units.today(former) : now) {
            names.append(names.isEmpty() ? "" : ", ").append(u.fullName());
        }
        throw new InvalidInputException("reporting.scope.former", "area", former.fullName(), names.toString());
    }

    private boolean within(Place place, Period period, Boundaries boundaries, AreaScope scope) {
        if (scope.isNation()) {
            return true;
        }
        if (place.isNation() || scope.clubId() != null) {
            return false;
        }
        if (todaysMap(period, boundaries)) {
            return scope.covers(place.path());
        }
        AdminUnit unit = units.at(place.level(), place.code(), mapDate(period, boundaries), AreaScope.nation());
        List<AdminUnit> now = units.today(unit);
        return !now.isEmpty() && now.stream().allMatch(u -> scope.covers(u.path()));
    }

    private void requireWithin(Place place, Period period, Boundaries boundaries, AreaScope scope) {
        if (!within(place, period, boundaries, scope)) {
            throw new OutOfScopeException("figures of area '" + place.path() + "' for " + period.code());
        }
    }

    private Map<String, AdminUnit> children(Place place, Period period, Boundaries boundaries, LocalDate on) {
        List<AdminUnit> list;
        if (place.isNation()) {
            list = new ArrayList<>(units.provinces(on, AreaScope.nation()));
            if (!on.isBefore(AdminUnits.REFORM_DATE) && period.start().isBefore(AdminUnits.REFORM_DATE)
                    && boundaries == Boundaries.AS_WAS) {
                // The provinces that ceased within the period, each a row for its months.
                list.addAll(units.provinces(AdminUnits.REFORM_DATE.minusDays(1), AreaScope.nation()));
            }
        } else {
            // A unit that ceased within the period has the children it had then.
            LocalDate day = indicators.area(place.path(), period, boundaries, AreaScope.nation()).on();
            AdminUnit unit = units.at(place.level(), place.code(), day, AreaScope.nation());
            list = units.children(unit, day, AreaScope.nation());
        }
        Map<String, AdminUnit> byCode = new HashMap<>();
        list.forEach(u -> byCode.putIfAbsent(u.code(), u));
        return byCode;
    }

    /** The communes of a province on a day of the map before the reform, by code (through its districts). */
    private Map<String, AdminUnit> oldCommunes(Place province, LocalDate day) {
        Map<String, AdminUnit> byCode = new HashMap<>();
        units.find(AdminUnit.Level.PROVINCE, province.code(), day, AreaScope.nation()).ifPresent(p -> {
            for (AdminUnit district : units.children(p, day, AreaScope.nation())) {
                units.children(district, day, AreaScope.nation()).forEach(c -> byCode.putIfAbsent(c.code(), c));
            }
        });
        return byCode;
    }

    private LocalDate mapDate(Period period, Boundaries boundaries) {
        LocalDate today = BusinessCalendar.today(clock);
        if (boundaries == Boundaries.RESTATED) {
            return today;
        }
        return period.end().isAfter(today) ? today : period.end();
    }

    private static AreaFigures named(AreaFigures figures, String name) {
        return new AreaFigures(figures.orgUnit(), name, figures.period(), figures.figures());
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
