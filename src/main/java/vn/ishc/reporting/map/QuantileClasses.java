package vn.ishc.reporting.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Up to five classes of the provinces' values by quantile: each class holds about a fifth of the
 * provinces that have a value. Quantiles rather than equal intervals because the figures this map
 * shows (clubs, members, people helped) are skewed: a few large provinces would otherwise take the top
 * classes alone and leave most of the country in the palest one. Equal values stay in one class, so
 * with few distinct values there are fewer classes; their colours are then spread over the scheme,
 * the largest value always in the darkest colour used.
 */
final class QuantileClasses {

    /** ColorBrewer YlGnBu, 5 classes: sequential, readable with the common colour-vision deficiencies and in grey. */
    static final List<String> COLOURS = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    static final String NO_DATA = "#cccccc";

    /** A class: its smallest and largest value, and the index of its colour in {@link #COLOURS}. */
    record Band(long lower, long upper, int colour) {

        boolean holds(long value) {
            return lower <= value && value <= upper;
        }

        String fill() {
            return COLOURS.get(colour);
        }
    }

    private final List<Band> bands;

    private QuantileClasses(List<Band> bands) {
        this.bands = bands;
    }

    static QuantileClasses of(Collection<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        List<long[]> ranges = new ArrayList<>();
        int start = 0;
        for (int q = 1; q <= COLOURS.size() && start < n; q++) {
            long upper = sorted[(int) Math.ceil(q * n / (double) COLOURS.size()) - 1];
            int end = start;
            while (end < n && sorted[end] <= upper) {
                end++;
            }
            if (end > start) {
                ranges.add(new long[] {sorted[start], sorted[end - 1]});
                start = end;
            }
        }
        List<Band> bands = new ArrayList<>();
        int k = ranges.size();
        for (int i = 0; i < k; i++) {
            int colour = k == 1 ? COLOURS.size() / 2 : Math.round(i * (COLOURS.size() - 1) / (float) (k - 1));
            bands.add(new Band(ranges.get(i)[0], ranges.get(i)[1], colour));
        }
        return new QuantileClasses(List.copyOf(bands));
    }

    List<Band> bands() {
        return bands;
    }

    Band bandOf(long value) {
        return bands.stream().filter(b -> b.holds(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a classified value: " + value));
    }
}
