package vn.ishc.reporting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.reporting.web.DashboardView.Bar;
import vn.ishc.reporting.web.DashboardView.Ranking;
import vn.ishc.shared.VietnameseOrder;

/**
 * The areas one level down (the provinces of the nation, the communes of a province) ranked by the
 * chosen indicator, the largest first, ties and areas without a value in Vietnamese alphabetical
 * order; each bar as long as its value against the largest, with the value as text.
 */
final class RankedBars {

    private RankedBars() {
    }

    static Ranking of(IndicatorTables.Table table, DashboardQuery q, Numbers say) {
        if (!table.place().isNation() && !table.place().isProvince()) {
            return null;
        }
        String code = q.indicator();
        record Ranked(IndicatorTables.Row row, Long value) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (IndicatorTables.Row r : table.below()) {
            ranked.add(new Ranked(r, Numbers.value(r.figures(), code)));
        }
        ranked.sort(Comparator.comparing(Ranked::value, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
                .thenComparing(VietnameseOrder.by((Ranked r) -> r.row().name())));
        long largest = ranked.stream().map(Ranked::value).filter(v -> v != null && v > 0).mapToLong(Long::longValue)
                .max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int rank = 0;
        for (Ranked r : ranked) {
            rank++;
            Long v = r.value();
            int width = v == null || largest == 0 || v <= 0 ? 0 : (int) Math.max(1, Math.round(100.0 * v / largest));
            bars.add(new Bar(rank, r.row().name(), r.row().path() == null ? null : q.withArea(r.row().path()).href(), v,
                    say.of(code, v), width));
        }
        return new Ranking(say.say("dashboard.ranking.caption", say.name(code)), bars);
    }
}
