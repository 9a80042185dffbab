package vn.ishc.reporting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.shared.VietnameseOrder;
import vn.ishc.reporting.web.DashboardView.Below;
import vn.ishc.reporting.web.DashboardView.BelowRow;
import vn.ishc.reporting.web.DashboardView.Column;

/**
 * The table of the areas (or clubs) one level down, sorted on the server by the column asked for
 * ({@code sort=MEMBERS}, {@code sort=-MEMBERS} for the largest first), so it sorts on any phone.
 */
final class BelowTable {

    /** A column: its sort key, its heading, the number it sorts by and the text it shows. */
    private record Spec(String key, String label, Function<AreaFigures, Double> number,
                        Function<AreaFigures, String> text) {
    }

    private BelowTable() {
    }

    static Below of(IndicatorTables.Table table, DashboardQuery q, Numbers say) {
        if (table.place().isClub()) {
            return null;
        }
        List<Spec> specs = specs(say);
        String sort = q.sort() == null ? "name" : q.sort();
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Spec by = specs.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        List<IndicatorTables.Row> rows = new ArrayList<>(table.below());
        Comparator<IndicatorTables.Row> byName = VietnameseOrder.by(IndicatorTables.Row::name);
        Comparator<IndicatorTables.Row> order = by == null || by.number() == null ? byName
                : Comparator.comparing((IndicatorTables.Row r) -> by.number().apply(r.figures()),
                        Comparator.nullsFirst(Comparator.<Double>naturalOrder())).thenComparing(byName);
        rows.sort(descending ? order.reversed() : order);
        List<Column> columns = new ArrayList<>();
        columns.add(column("name", say.say("dashboard.below.name"), q, sort));
        for (Spec s : specs) {
            columns.add(column(s.key(), s.label(), q, sort));
        }
        List<BelowRow> out = new ArrayList<>();
        for (IndicatorTables.Row r : rows) {
            String href = r.clubId() != null ? q.withClub(r.clubId()).href()
                    : r.path() != null ? q.withArea(r.path()).href() : null;
            out.add(new BelowRow(r.name(), href, specs.stream().map(s -> s.text().apply(r.figures())).toList()));
        }
        String caption = say.say(table.place().isCommune() ? "dashboard.below.clubs" : "dashboard.below.areas");
        return new Below(caption, columns, out);
    }

    private static Column column(String key, String label, DashboardQuery q, String sort) {
        String sorted = sort.equals(key) ? "ascending" : sort.equals("-" + key) ? "descending" : null;
        String next = "ascending".equals(sorted) ? "-" + key : key;
        return new Column(key, label, q.withSort(next).href(), sorted);
    }

    private static List<Spec> specs(Numbers say) {
        List<Spec> out = new ArrayList<>();
        String members = Indicator.MEMBERS.name();
        for (Indicator i : Indicator.Shown.DASHBOARD_AREAS.indicators()) {
            out.add(plain(i.name(), say));
            if (i == Indicator.MEMBERS) {
                out.add(new Spec("WOMEN", say.say("dashboard.below.women"), f -> share(f, members, Map.of("SEX", "F")),
                        f -> say.share(members, Numbers.value(f, members, Map.of("SEX", "F")), Numbers.value(f, members))));
            }
        }
        return out;
    }

    private static Spec plain(String code, Numbers say) {
        return new Spec(code, say.name(code), f -> {
            Long v = Numbers.value(f, code);
            return v == null ? null : v.doubleValue();
        }, f -> say.of(code, Numbers.value(f, code)));
    }

    private static Double share(AreaFigures f, String code, Map<String, String> dims) {
        Long part = Numbers.value(f, code, dims);
        Long of = Numbers.value(f, code);
        return part == null || of == null || of == 0 ? null : 100.0 * part / of;
    }
}
