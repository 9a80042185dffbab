package vn.ishc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tables hold, as a count and a sum of hashes of their rows, taken before and after requests to
 * show that they changed nothing. Left out: the audit log (a refused request is written there on purpose),
 * the figures (the worker recomputes them on its own schedule), the map (only its migration writes it) and
 * Flyway's history.
 */
final class DatabaseFingerprint {

    // Each table is read by a query the database builds itself (format's %I quotes the name).
    private static final String PRINTS = """
            select table_name as name,
                   (xpath('/row/print/text()', query_to_xml(format(
                       'select count(*) || '':'' || coalesce(sum(hashtext(x::text)::bigint), 0) as print from %I x',
                       table_name), false, true, '')))[1]::text as print
            from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'
              and table_name not in ('audit_event', 'geo_unit', 'geo_succession', 'geo_crosswalk', 'geo_amendment',
                                     'geo_unit_reach')
              and table_name not like 'rpt\\_%' and table_name not like 'flyway%'
            order by table_name""";

    private final JdbcClient jdbc;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each table's count and hash sum. */
    Map<String, String> take() {
        Map<String, String> prints = new LinkedHashMap<>();
        jdbc.sql(PRINTS).query((rs, n) -> prints.put(rs.getString("name"), rs.getString("print"))).list();
        return prints;
    }

    /** The tables whose contents differ between two fingerprints. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, print) -> {
            if (!Objects.equals(before.get(table), print)) {
                changed.add(table);
            }
        });
        return changed;
    }
}
