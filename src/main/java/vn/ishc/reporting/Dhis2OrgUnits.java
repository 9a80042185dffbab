package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.reporting.export.Dhis2Metadata.OrgUnit;
import vn.ishc.reporting.export.Dhis2Uid;
import vn.ishc.shared.InvalidInputException;

/**
 * The org-unit hierarchy of the DHIS2 metadata package and the uid of each area and club of an export.
 * The nation (code {@code VN}) is level 1; every version of a province, district and commune (on the
 * map before 1 July 2025 and on today's) sits under the version of its parent in force when it began,
 * one level below it, opened on its valid-from day and closed on its last day; each club sits under the
 * commune of its village on today's map (its founding commune while that is not known), opened on its
 * founding day and, once dissolved, closed on the day it was dissolved (the day after its last active day, as
 * DHIS2 means a closed date), its code its national identifier. A unit's DHIS2 code, which DHIS2 keeps unique, is its
 * level's letter, official code and valid-from day ("C-04891-20080801"). A unit's uid comes from (level, code, valid from), a
 * club's from ("club", national identifier, founding day): a code used again on the other map gets a
 * uid of its own.
 *
 * <p>DHIS2 takes a value only for an org unit open on some day of its period. A period before 1 July 2025
 * restated on today's map is therefore not sent: today's units opened that day, and giving them an earlier
 * opening date would have DHIS2 hold both maps' units open at once over the same ground (its totals of the
 * nation would count those months twice). Such an export is refused, saying to export on the map as it was.
 * A dissolved club has no value of a period that starts on or after the day it was dissolved.
 */
@Component
public class Dhis2OrgUnits {

    static final String NATION_CODE = "VN";

    private final AdminUnits units;
    private final JdbcClient jdbc;
    private final vn.ishc.clubs.Clubs clubs;

    Dhis2OrgUnits(AdminUnits units, JdbcClient jdbc, vn.ishc.clubs.Clubs clubs) {
        this.units = units;
        this.jdbc = jdbc;
        this.clubs = clubs;
    }

    /**
     * Why DHIS2 would refuse the table's values: a period that ended before 1 July 2025 restated on today's
     * map, whose units opened that day (null when it would not).
     */
    static InvalidInputException notYetOpen(IndicatorTables.Table table) {
        if (table.place().isClub() || table.boundaries() != Boundaries.RESTATED
                || !table.period().end().isBefore(AdminUnits.REFORM_DATE)) {
            return null;
        }
        return refusal(table.period(), AdminUnits.REFORM_DATE);
    }

    private static InvalidInputException refusal(Period period, LocalDate opening) {
        return new InvalidInputException("export.dhis2.notYetOpen", "boundaries", period.code(),
                opening.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** The day each dissolved club was dissolved: its closed date in DHIS2. */
    private Map<UUID, LocalDate> dissolved() {
        Map<UUID, LocalDate> out = new HashMap<>();
        int offset = 0;
        List<vn.ishc.clubs.Club> page;
        do {
            page = clubs.list(new vn.ishc.clubs.ClubFilter(null, vn.ishc.clubs.ClubStatus.DISSOLVED, null, null, null),
                    vn.ishc.shared.AreaScope.nation(), offset, 1000);
            page.forEach(c -> out.put(c.id(), c.statusSince()));
            offset += page.size();
        } while (page.size() == 1000);
        return out;
    }

    /** The hierarchy: the nation, then provinces, districts, communes and clubs, each after its parent. */
    public List<OrgUnit> all() {
        return new Tree(units.all(vn.ishc.shared.AreaScope.nation()), clubs(null), dissolved()).all;
    }

    /** The table's areas (its own first, then those below) with each {@code orgUnit} the uid of its unit or club. */
    public List<AreaFigures> identified(IndicatorTables.Table table, Collection<String> codes) {
        List<UUID> clubIds = new ArrayList<>();
        if (table.place().isClub()) {
            clubIds.add(table.place().clubId());
        }
        table.below().stream().filter(r -> r.clubId() != null).forEach(r -> clubIds.add(r.clubId()));
        InvalidInputException notOpen = notYetOpen(table);
        if (notOpen != null) {
            throw notOpen;
        }
        Tree tree = new Tree(units.all(vn.ishc.shared.AreaScope.nation()), clubs(clubIds), dissolved());
        List<AreaFigures> out = new ArrayList<>();
        IndicatorTables.Place place = table.place();
        Period period = table.period();
        if (!place.isClub() || tree.openOn(tree.clubUid(place.clubId()), period)) {
            out.add(as(IndicatorExports.only(table.figures(), codes),
                    place.isClub() ? tree.clubUid(place.clubId()) : tree.uidAt(place.path(), period), tree, period));
        }
        for (IndicatorTables.Row r : table.below()) {
            String uid = r.clubId() != null ? tree.clubUid(r.clubId()) : tree.uidAt(r.path(), period);
            if (r.clubId() != null && !tree.openOn(uid, period)) {
                // Dissolved before the period began: what it still shows (loans owed) stays in its commune's figures.
                continue;
            }
            out.add(as(IndicatorExports.only(r.figures(), codes), uid, tree, period));
        }
        return out;
    }

    private static AreaFigures as(AreaFigures figures, String uid, Tree tree, Period period) {
        AreaFigures out = as(figures, uid);
        OrgUnit unit = tree.byUid.get(uid);
        if (unit != null && unit.openingDate().isAfter(period.end())) {
            throw refusal(period, unit.openingDate());
        }
        return out;
    }

    private static AreaFigures as(AreaFigures figures, String uid) {
        if (uid == null) {
            throw new IllegalStateException("No DHIS2 org unit for " + figures.orgUnit() + " " + figures.name());
        }
        return new AreaFigures(uid, figures.name(), figures.period(), figures.figures());
    }

    private record ClubRow(UUID id, String nationalId, String name, LocalDate foundedOn, String oldPath, String nowPath,
                           String nowProvince) {
    }

    private List<ClubRow> clubs(List<UUID> only) {
        String where = only == null ? "" : " where club_id in (:ids)";
        var sql = jdbc.sql("select club_id, code, name, founded_on, old_path, now_path, now_province from rpt_club_place"
                + where + " order by code");
        if (only != null) {
            sql = sql.param("ids", only.isEmpty() ? List.of(new UUID(0, 0)) : only);
        }
        return sql.query((rs, n) -> new ClubRow(rs.getObject("club_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getObject("founded_on", LocalDate.class), rs.getString("old_path"),
                rs.getString("now_path"), rs.getString("now_province"))).list();
    }

    /** The units and clubs with their uids and parents. */
    private static final class Tree {

        final List<OrgUnit> all = new ArrayList<>();
        final Map<Long, OrgUnit> byUnit = new HashMap<>();
        final Map<String, List<AdminUnit>> byPath = new HashMap<>();
        final Map<String, List<AdminUnit>> byLevelCode = new HashMap<>();
        final Map<UUID, String> clubUids = new HashMap<>();
        final Map<String, OrgUnit> byUid = new HashMap<>();
        final OrgUnit nation = new OrgUnit(Dhis2Uid.of("organisationUnit", "nation", NATION_CODE, null), NATION_CODE,
                "Việt Nam", 1, null, AdminUnits.EARLIEST_MAP_DATE, null);

        Tree(List<AdminUnit> units, List<ClubRow> clubs, Map<UUID, LocalDate> dissolved) {
            all.add(nation);
            for (AdminUnit u : units) {
                byPath.computeIfAbsent(u.path(), k -> new ArrayList<>()).add(u);
                byLevelCode.computeIfAbsent(u.level() + "|" + u.code(), k -> new ArrayList<>()).add(u);
            }
            for (AdminUnit u : units) {
                OrgUnit parent = parentOf(u);
                OrgUnit o = new OrgUnit(Dhis2Uid.of("organisationUnit", u.level().code(), u.code(), u.validFrom()),
                        code(u), u.fullName(), parent.level() + 1, parent.uid(), u.validFrom(), u.lastDay());
                byUnit.put(u.id(), o);
                byUid.put(o.uid(), o);
                all.add(o);
            }
            for (ClubRow c : clubs) {
                OrgUnit parent = clubParent(c);
                OrgUnit o = new OrgUnit(Dhis2Uid.of("organisationUnit", "club", c.nationalId(), c.foundedOn()),
                        c.nationalId(), c.name(), parent.level() + 1, parent.uid(), c.foundedOn(), dissolved.get(c.id()));
                clubUids.put(c.id(), o.uid());
                byUid.put(o.uid(), o);
                all.add(o);
            }
        }

        /**
         * The unit's code in DHIS2, which holds a code once: the level's letter (P, D, C), the official
         * code and the valid-from day, "C-04891-20080801". It never changes, as the uid.
         */
        static String code(AdminUnit u) {
            return u.level().name().charAt(0) + "-" + u.code() + "-"
                    + u.validFrom().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        }

        private OrgUnit parentOf(AdminUnit u) {
            if (u.level() == AdminUnit.Level.PROVINCE || u.parentCode() == null) {
                return nation;
            }
            List<AdminUnit.Level> levels = u.level() == AdminUnit.Level.COMMUNE
                    ? List.of(AdminUnit.Level.DISTRICT, AdminUnit.Level.PROVINCE) : List.of(AdminUnit.Level.PROVINCE);
            for (LocalDate day : days(u)) {
                for (AdminUnit.Level level : levels) {
                    for (AdminUnit p : byLevelCode.getOrDefault(level + "|" + u.parentCode(), List.of())) {
                        if (p.inForceOn(day) && byUnit.containsKey(p.id())) {
                            return byUnit.get(p.id());
                        }
                    }
                }
            }
            return nation;
        }

        private static List<LocalDate> days(AdminUnit u) {
            return u.lastDay() == null ? List.of(u.validFrom()) : List.of(u.validFrom(), u.lastDay());
        }

        private OrgUnit clubParent(ClubRow c) {
            for (String path : new String[] {c.nowPath(), c.oldPath(), c.nowProvince()}) {
                if (path != null) {
                    List<AdminUnit> versions = byPath.getOrDefault(path, List.of());
                    if (!versions.isEmpty()) {
                        return byUnit.get(versions.get(versions.size() - 1).id());
                    }
                }
            }
            return nation;
        }

        /** Whether a club was active on some day of the period: founded by its end, not dissolved by its start. */
        boolean openOn(String clubUid, Period period) {
            OrgUnit o = byUid.get(clubUid);
            return o == null || !o.openingDate().isAfter(period.end())
                    && (o.closedDate() == null || o.closedDate().isAfter(period.start()));
        }

        String clubUid(UUID clubId) {
            return clubUids.get(clubId);
        }

        /**
         * The uid of the unit at a path for a period: the version in force on its last day, else the last
         * one begun by then (a unit of the old map in a period running past the reform), else the first.
         */
        String uidAt(String path, Period period) {
            if (path == null || path.isEmpty()) {
                return nation.uid();
            }
            List<AdminUnit> versions = byPath.getOrDefault(path, List.of());
            AdminUnit chosen = null;
            for (AdminUnit v : versions) {
                if (v.inForceOn(period.end())) {
                    chosen = v;
                    break;
                }
                if (!v.validFrom().isAfter(period.end())
                        && (chosen == null || v.validFrom().isAfter(chosen.validFrom()))) {
                    chosen = v;
                }
            }
            if (chosen == null && !versions.isEmpty()) {
                chosen = versions.get(0);
            }
            return chosen == null ? null : byUnit.get(chosen.id()).uid();
        }
    }
}
