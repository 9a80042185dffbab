package vn.ishc.geography;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.VietnameseText;

/**
 * Queries of the administrative map at any date, each limited to the caller's area scope: a unit is
 * visible when it covers part of the scope on today's map or lies inside it.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnits {

    /** The 63-province map took effect on 1 August 2008; no earlier map is recorded. */
    public static final LocalDate EARLIEST_MAP_DATE = LocalDate.of(2008, 8, 1);
    /** The two-tier map took effect on 1 July 2025. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    static final String COLUMNS = "u.id, u.level, u.code, u.kind, u.name, u.full_name, u.name_en, u.full_name_en, "
            + "u.parent_code, u.valid_from, u.valid_to, u.path::text as path, u.former_codes";
    static final RowMapper<AdminUnit> ROW = AdminUnits::map;

    private final JdbcClient jdbc;

    AdminUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition that a unit aliased {@code alias} is visible in the scope bound as :scopePath. */
    static String visibleIn(AreaScope scope, String alias) {
        if (scope.isNation()) {
            return "true";
        }
        return "exists (select 1 from geo_unit_reach r where r.unit_id = " + alias + ".id and "
                + "(r.now_path <@ cast(:scopePath as ltree) or cast(:scopePath as ltree) <@ r.now_path))";
    }

    public AdminUnit get(long id, AreaScope scope) {
        AdminUnit unit = jdbc.sql("select " + COLUMNS + " from geo_unit u where u.id = :id")
                .param("id", id).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException("geography.unit.notFound", id));
        requireVisible(unit, scope);
        return unit;
    }

    /** The units of these ids that the scope may see, by id: one query for a whole list's communes. */
    public Map<Long, AdminUnit> getAll(Collection<Long> ids, AreaScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, AdminUnit> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from geo_unit u where u.id in (:ids) and " + visibleIn(scope, "u"))
                .param("ids", ids).param("scopePath", scope.path()).query(ROW).list()
                .forEach(u -> found.put(u.id(), u));
        return found;
    }

    public boolean isVisible(long unitId, AreaScope scope) {
        return jdbc.sql("select count(*) from geo_unit u where u.id = :id and " + visibleIn(scope, "u"))
                .param("id", unitId).param("scopePath", scope.path()).query(Long.class).single() > 0;
    }

    void requireVisible(AdminUnit unit, AreaScope scope) {
        if (!isVisible(unit.id(), scope)) {
            throw new OutOfScopeException("unit " + unit.level().code() + " " + unit.code() + "@" + unit.validFrom());
        }
    }

    /** The unit of that level and code in force on the date ("what was unit 15 on 2024-05-01"). */
    public AdminUnit at(AdminUnit.Level level, String code, LocalDate date, AreaScope scope) {
        String clean = code == null ? "" : code.strip();
        return find(level, clean, date, scope)
                .orElseThrow(() -> new NotFoundException("geography.unit.noneAtDate", level.code(), clean, date));
    }

    /**
     * As {@link #at}, empty when no unit of that level and code was in force on the date (a caller that
     * tries another date need not fail, nor mark its transaction for rollback).
     *
     * @throws OutOfScopeException when the unit is outside the scope
     */
    public Optional<AdminUnit> find(AdminUnit.Level level, String code, LocalDate date, AreaScope scope) {
        requireMapDate(date);
        String clean = code == null ? "" : code.strip();
        Optional<AdminUnit> unit = jdbc.sql("select " + COLUMNS + " from geo_unit u where u.level = :level "
                        + "and (u.code = :code or :code = any(u.former_codes)) and " + inForce("u")
                        + " order by (u.code = :code) desc limit 1")
                .param("level", level.code()).param("code", clean).param("date", date)
                .query(ROW).optional();
        unit.ifPresent(u -> requireVisible(u, scope));
        return unit;
    }

    /** Every version of every unit on every map that the scope may see, by level, code and valid-from date. */
    public List<AdminUnit> all(AreaScope scope) {
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where " + visibleIn(scope, "u")
                        + " order by case u.level when 'province' then 1 when 'district' then 2 else 3 end, u.code, u.valid_from")
                .param("scopePath", scope.path()).query(ROW).list();
    }

    /** The provinces in force on the date that the scope may see. */
    public List<AdminUnit> provinces(LocalDate date, AreaScope scope) {
        requireMapDate(date);
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where u.level = 'province' and " + inForce("u")
                        + " and " + visibleIn(scope, "u") + " order by u.name collate \"vi-x-icu\"")
                .param("date", date).param("scopePath", scope.path()).query(ROW).list();
    }

    /** The units directly under a unit on a date within its validity. */
    public List<AdminUnit> children(AdminUnit parent, LocalDate date, AreaScope scope) {
        requireMapDate(date);
        AdminUnit.Level childLevel = switch (parent.level()) {
            case PROVINCE -> date.isBefore(REFORM_DATE) ? AdminUnit.Level.DISTRICT : AdminUnit.Level.COMMUNE;
            case DISTRICT -> AdminUnit.Level.COMMUNE;
            case COMMUNE -> null;
        };
        if (childLevel == null || !parent.inForceOn(date)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where u.parent_code = :code and u.level = :level and "
                        + inForce("u") + " and " + visibleIn(scope, "u") + " order by u.name collate \"vi-x-icu\", u.code")
                .param("code", parent.code()).param("level", childLevel.code()).param("date", date)
                .param("scopePath", scope.path()).query(ROW).list();
    }

    /** The unit directly above, on a date within the unit's validity. */
    public Optional<AdminUnit> parent(AdminUnit unit, LocalDate date) {
        if (unit.parentCode() == null) {
            return Optional.empty();
        }
        AdminUnit.Level parentLevel = unit.level() == AdminUnit.Level.COMMUNE && date.isBefore(REFORM_DATE)
                ? AdminUnit.Level.DISTRICT : AdminUnit.Level.PROVINCE;
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where u.level = :level and u.code = :code and "
                        + inForce("u"))
                .param("level", parentLevel.code()).param("code", unit.parentCode()).param("date", date)
                .query(ROW).optional();
    }

    /** The chain from the province down to the unit, on a date within its validity. */
    public List<AdminUnit> ancestors(AdminUnit unit, LocalDate date) {
        java.util.LinkedList<AdminUnit> chain = new java.util.LinkedList<>();
        for (Optional<AdminUnit> p = parent(unit, date); p.isPresent(); p = parent(p.get(), date)) {
            chain.addFirst(p.get());
        }
        return chain;
    }

    /** What the unit was formed from and what it went into, with shares. */
    public UnitHistory history(AdminUnit unit) {
        return new UnitHistory(unit, links("successor_id", "predecessor_id", unit.id()),
                links("predecessor_id", "successor_id", unit.id()));
    }

    private List<Succession> links(String self, String other, long id) {
        return jdbc.sql("select " + COLUMNS + ", s.share, s.effective from geo_succession s join geo_unit u on u.id = s."
                        + other + " where s." + self + " = :id order by s.share, u.name collate \"vi-x-icu\"")
                .param("id", id)
                .query((rs, n) -> new Succession(map(rs, n),
                        Succession.Share.valueOf(rs.getString("share").toUpperCase()),
                        rs.getObject("effective", LocalDate.class)))
                .list();
    }

    /** The units in force today that cover an earlier unit (the unit itself when it is in force). */
    public List<AdminUnit> today(AdminUnit unit) {
        return jdbc.sql("select " + COLUMNS + " from geo_unit_reach r join geo_unit u on u.path = r.now_path "
                        + "and u.valid_to is null where r.unit_id = :id order by u.level desc, u.name collate \"vi-x-icu\"")
                .param("id", unit.id()).query(ROW).list();
    }

    /**
     * Units whose name contains the query, ignoring case, diacritics and tone-mark placement; on one
     * date when it is given, else on either map, those in force today first.
     */
    public List<AdminUnit> search(String query, LocalDate date, AreaScope scope, int limit) {
        String key = VietnameseText.searchKey(query);
        if (key.isEmpty()) {
            return List.of();
        }
        if (date != null) {
            requireMapDate(date);
        }
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where u.name_key like :pattern and "
                        + (date == null ? "true" : inForce("u")) + " and " + visibleIn(scope, "u")
                        + " order by (u.valid_to is null) desc, (u.name_key = :key or u.name_key like '% ' || :key) desc,"
                        + " u.level desc, u.name collate \"vi-x-icu\", u.valid_from desc limit :limit")
                .param("pattern", VietnameseText.containing(key)).param("key", key)
                .param("date", date).param("scopePath", scope.path()).param("limit", limit)
                .query(ROW).list();
    }

    /**
     * The scope of a province or commune in force today, for a user whose access is limited to it.
     */
    public AreaScope scopeOf(long unitId) {
        AdminUnit unit = jdbc.sql("select " + COLUMNS + " from geo_unit u where u.id = :id")
                .param("id", unitId).query(ROW).optional()
                .orElseThrow(() -> new InvalidInputException("geography.scope.unknownUnit", "scopeUnitId", unitId));
        if (!unit.inForceToday() || unit.level() == AdminUnit.Level.DISTRICT) {
            throw new InvalidInputException("geography.scope.notCurrent", "scopeUnitId", unit.fullName());
        }
        return unit.level() == AdminUnit.Level.PROVINCE
                ? AreaScope.province(unit.code()) : AreaScope.commune(unit.parentCode(), unit.code());
    }

    /** The unit in force today at a scope's path (the province or commune of a scope). */
    public Optional<AdminUnit> atScope(AreaScope scope) {
        if (scope.isNation()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from geo_unit u where u.path = cast(:path as ltree) and u.valid_to is null")
                .param("path", scope.path()).query(ROW).optional();
    }

    /** The units in force today at these paths, by path: {@link #atScope} for a whole list at once. */
    public Map<String, AdminUnit> atPaths(Collection<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        Map<String, AdminUnit> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from geo_unit u where u.path::text in (:paths) and u.valid_to is null")
                .param("paths", paths).query(ROW).list().forEach(u -> found.put(u.path(), u));
        return found;
    }

    /** How many communes in force on a date lie under a unit's path ("" for the whole country). */
    public long communeCount(String path, LocalDate date, AreaScope scope) {
        requireMapDate(date);
        return jdbc.sql("select count(*) from geo_unit u where u.level = 'commune' and " + inForce("u")
                        + " and (:path = '' or u.path <@ cast(nullif(:path, '') as ltree)) and " + visibleIn(scope, "u"))
                .param("date", date).param("path", path).param("scopePath", scope.path()).query(Long.class).single();
    }

    /** How many provinces were in force on a date (of those the scope sees). */
    public long provinceCount(LocalDate date, AreaScope scope) {
        requireMapDate(date);
        return jdbc.sql("select count(*) from geo_unit u where u.level = 'province' and " + inForce("u") + " and "
                        + visibleIn(scope, "u"))
                .param("date", date).param("scopePath", scope.path()).query(Long.class).single();
    }

    /** How many communes in force on a date lie under each of these units' paths, by path. */
    public Map<String, Long> communeCounts(Collection<String> paths, LocalDate date, AreaScope scope) {
        requireMapDate(date);
        Map<String, Long> out = new HashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        jdbc.sql("select a.path, count(u.id) from unnest(cast(:paths as text[])) as a(path) left join geo_unit u "
                        + "on u.level = 'commune' and " + inForce("u") + " and u.path <@ cast(a.path as ltree) and "
                        + visibleIn(scope, "u") + " group by a.path")
                .param("paths", paths.toArray(String[]::new)).param("date", date).param("scopePath", scope.path())
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Refuses a date before the earliest recorded map. */
    public static void requireMapDate(LocalDate date) {
        if (date == null || date.isBefore(EARLIEST_MAP_DATE)) {
            throw new InvalidInputException("geography.date.beforeRecords", "date", date, EARLIEST_MAP_DATE);
        }
    }

    static String inForce(String alias) {
        return alias + ".valid_from <= :date and (" + alias + ".valid_to is null or " + alias + ".valid_to > :date)";
    }

    static AdminUnit map(ResultSet rs, int row) throws SQLException {
        Array former = rs.getArray("former_codes");
        return new AdminUnit(rs.getLong("id"), AdminUnit.Level.valueOf(rs.getString("level").toUpperCase()),
                rs.getString("code"), UnitKind.fromCode(rs.getString("kind")), rs.getString("name"),
                rs.getString("full_name"), rs.getString("name_en"), rs.getString("full_name_en"),
                rs.getString("parent_code"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("path"),
                former == null ? List.of() : Arrays.asList((String[]) former.getArray()));
    }
}
