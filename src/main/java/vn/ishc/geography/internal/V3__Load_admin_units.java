package vn.ishc.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ishc.geography.UnitKind;
import vn.ishc.shared.VietnameseText;

/**
 * Loads Vietnam's administrative units shipped in {@code geography/admin-units/}: the three-tier map in
 * force until 30 June 2025, the two-tier map since 1 July 2025, the reform's crosswalk and the later
 * amendments, then records which places on today's map every unit covers.
 */
@Component
class V3__Load_admin_units extends BaseJavaMigration {

    static final LocalDate OLD_MAP_FROM = LocalDate.of(2008, 8, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final String DIR = "geography/admin-units/";

    private final Map<String, Long> oldIds = new HashMap<>();
    private final Map<String, Long> newIds = new HashMap<>();
    private final Map<String, Long> amendedIds = new HashMap<>();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String[]> amendments = read("amendments-after-2025-07-01.csv");
        loadOldMap(c);
        loadCurrentMap(c, amendments);
        loadCrosswalk(c, amendments);
        loadAmendments(c, amendments);
        computeReach(c);
    }

    private void loadOldMap(Connection c) throws SQLException {
        Map<String, String> districtProvince = new HashMap<>();
        try (PreparedStatement ps = insertUnit(c)) {
            for (String[] r : read("units-before-2025-07-01.csv")) {
                String level = r[0];
                String code = r[1];
                String parent = r[2].isEmpty() ? null : r[2];
                String path = switch (level) {
                    case "province" -> code;
                    case "district" -> {
                        districtProvince.put(code, parent);
                        yield parent + "." + code;
                    }
                    default -> districtProvince.get(parent) + "." + parent + "." + code;
                };
                UnitKind kind = UnitKind.fromFullName(level, r[3]);
                String name = kind.shortName(r[3]);
                String nameEn = ascii(name);
                bindUnit(ps, level, code, kind, name, r[3], nameEn, kind.englishFullName(nameEn), parent,
                        OLD_MAP_FROM, REFORM, path, new String[0]);
                oldIds.put(level + ":" + code, insertReturningId(ps));
            }
        }
    }

    private void loadCurrentMap(Connection c, List<String[]> amendments) throws SQLException {
        Map<String, String[]> kindChanged = new HashMap<>();
        Map<String, String> formerCode = new HashMap<>();
        for (String[] a : amendments) {
            if (a[0].equals("kind_changed")) {
                kindChanged.put(a[1] + ":" + a[4], a);
            } else if (a[0].equals("code_changed")) {
                formerCode.put(a[1] + ":" + a[4], a[2]);
            }
        }
        try (PreparedStatement ps = insertUnit(c)) {
            for (String[] r : read("units-current.csv")) {
                String level = r[0];
                String code = r[1];
                String parent = r[2].isEmpty() ? null : r[2];
                String path = parent == null ? code : parent + "." + code;
                String former = formerCode.get(level + ":" + code);
                String[] formers = former == null ? new String[0] : new String[] {former};
                String[] change = kindChanged.get(level + ":" + code);
                LocalDate from = REFORM;
                if (change != null) {
                    LocalDate effective = effectiveDate(change);
                    UnitKind before = UnitKind.fromFullName(level, change[3]);
                    bindUnit(ps, level, code, before, r[4], change[3], r[6], before.englishFullName(r[6]), parent,
                            REFORM, effective, path, formers);
                    newIds.put(level + ":" + code, insertReturningId(ps));
                    from = effective;
                }
                UnitKind kind = UnitKind.valueOf(r[3].toUpperCase());
                bindUnit(ps, level, code, kind, r[4], r[5], r[6], r[7], parent, from, null, path, formers);
                long id = insertReturningId(ps);
                if (change != null) {
                    amendedIds.put(level + ":" + code, id);
                } else {
                    newIds.put(level + ":" + code, id);
                }
                if (former != null) {
                    newIds.put(level + ":" + former, id);
                }
            }
        }
    }

    private void loadCrosswalk(Connection c, List<String[]> amendments) throws SQLException {
        Map<String, String> corrected = new HashMap<>();
        for (String[] a : amendments) {
            if (a[0].equals("code_changed")) {
                corrected.put(a[2], a[4]);
            }
        }
        java.util.Set<String> linked = new java.util.HashSet<>();
        try (PreparedStatement ps = insertSuccession(c);
             PreparedStatement raw = c.prepareStatement("""
                     insert into geo_crosswalk (level, old_code, old_full_name, new_code, new_full_name, share)
                     values (?, ?, ?, ?, ?, ?)""")) {
            for (String[] r : read("crosswalk-2025-07-01.csv")) {
                for (int i = 0; i < 6; i++) {
                    raw.setString(i + 1, r[i]);
                }
                raw.addBatch();
                String level = r[0];
                String newLevel = level.equals("district") ? "commune" : level;
                // The island districts appear a second time as commune-level rows with the district's code.
                Long from = oldIds.getOrDefault(level + ":" + r[1], oldIds.get("district:" + r[1]));
                String newCode = level.equals("commune") ? corrected.getOrDefault(r[3], r[3]) : r[3];
                Long to = newIds.get(newLevel + ":" + newCode);
                if (from == null || to == null) {
                    throw new IllegalStateException("Crosswalk row names an unknown unit: " + String.join(",", r));
                }
                if (linked.add(from + ">" + to)) {
                    bindSuccession(ps, from, to, r[5], REFORM, "reform");
                }
            }
            raw.executeBatch();
            ps.executeBatch();
        }
    }

    private void loadAmendments(Connection c, List<String[]> amendments) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into geo_amendment (change, level, code_before, full_name_before, code_after, full_name_after, effective)
                values (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement succession = insertSuccession(c)) {
            for (String[] a : amendments) {
                LocalDate effective = a[0].equals("kind_changed") ? effectiveDate(a) : null;
                for (int i = 0; i < 6; i++) {
                    ps.setString(i + 1, a[i]);
                }
                ps.setDate(7, effective == null ? null : Date.valueOf(effective));
                ps.addBatch();
                if (a[0].equals("kind_changed")) {
                    bindSuccession(succession, newIds.get(a[1] + ":" + a[4]), amendedIds.get(a[1] + ":" + a[4]),
                            "full", effective, "amendment");
                }
            }
            ps.executeBatch();
            succession.executeBatch();
        }
    }

    /** Every unit in force today reaches its own path; earlier units reach their successors' paths. */
    private static void computeReach(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    insert into geo_unit_reach (unit_id, now_path)
                    select id, path from geo_unit where valid_to is null""");
            st.execute("""
                    insert into geo_unit_reach (unit_id, now_path)
                    select distinct s.predecessor_id, n.path
                    from geo_succession s join geo_unit n on n.id = s.successor_id
                    where s.source = 'reform'""");
            // Districts were abolished: a district reaches what its communes reach.
            st.execute("""
                    insert into geo_unit_reach (unit_id, now_path)
                    select distinct d.id, r.now_path
                    from geo_unit d
                    join geo_unit c on c.level = 'commune' and c.path <@ d.path and c.valid_to = d.valid_to
                    join geo_unit_reach r on r.unit_id = c.id
                    where d.level = 'district'
                    on conflict do nothing""");
            // Units replaced by an amendment reach what their replacement reaches.
            st.execute("""
                    insert into geo_unit_reach (unit_id, now_path)
                    select s.predecessor_id, n.path
                    from geo_succession s join geo_unit n on n.id = s.successor_id
                    where s.source = 'amendment'
                    on conflict do nothing""");
        }
    }

    private static LocalDate effectiveDate(String[] amendment) {
        // Resolution 30/2026/QH16 and Resolution 237/NQ-UBTVQH16: Đồng Nai's changes took effect on 30 April 2026.
        if (amendment[0].equals("kind_changed")) {
            return LocalDate.of(2026, 4, 30);
        }
        throw new IllegalArgumentException("No effective date for " + String.join(",", amendment));
    }

    private static PreparedStatement insertUnit(Connection c) throws SQLException {
        return c.prepareStatement("""
                insert into geo_unit (level, code, kind, name, full_name, name_en, full_name_en, parent_code,
                                      valid_from, valid_to, path, name_key, former_codes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::ltree, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
    }

    private static void bindUnit(PreparedStatement ps, String level, String code, UnitKind kind, String name,
                                 String fullName, String nameEn, String fullNameEn, String parent, LocalDate from,
                                 LocalDate to, String path, String[] formerCodes) throws SQLException {
        ps.setString(1, level);
        ps.setString(2, code);
        ps.setString(3, kind.code());
        ps.setString(4, VietnameseText.clean(name));
        ps.setString(5, VietnameseText.clean(fullName));
        ps.setString(6, nameEn);
        ps.setString(7, fullNameEn);
        ps.setString(8, parent);
        ps.setDate(9, Date.valueOf(from));
        ps.setDate(10, to == null ? null : Date.valueOf(to));
        ps.setString(11, path);
        ps.setString(12, VietnameseText.searchKey(fullName));
        ps.setArray(13, ps.getConnection().createArrayOf("text", formerCodes));
    }

    private static long insertReturningId(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (var keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static PreparedStatement insertSuccession(Connection c) throws SQLException {
        return c.prepareStatement("""
                insert into geo_succession (predecessor_id, successor_id, share, effective, source)
                values (?, ?, ?, ?, ?)""");
    }

    private static void bindSuccession(PreparedStatement ps, long from, long to, String share, LocalDate effective,
                                       String source) throws SQLException {
        ps.setLong(1, from);
        ps.setLong(2, to);
        ps.setString(3, share);
        ps.setDate(4, Date.valueOf(effective));
        ps.setString(5, source);
        ps.addBatch();
    }

    /** The name without diacritics, keeping its capitals: "Đồng Nai" becomes "Dong Nai". */
    static String ascii(String name) {
        String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replace('đ', 'd').replace('Đ', 'D');
    }

    private static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(DIR + file).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return rows;
    }
}
