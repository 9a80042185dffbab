package vn.ishc.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which the breakdowns of a figure are listed to people: attributes as the catalogue lists them
 * (sex, age, household, ethnic minority), and each attribute's options in their natural order, the age bands
 * from the youngest to the oldest. An option outside these lists comes after them, by its code.
 */
public final class Breakdowns {

    private static final List<String> ATTRIBUTES = List.of("SEX", "AGE", "HH", "ETHNIC_MINORITY");
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "SEX", List.of("F", "M"),
            "AGE", List.of("LT55", "A55_59", "A60_69", "A70_79", "A80P"),
            "HH", List.of("POOR", "NEAR_POOR", "OTHER"),
            "ETHNIC_MINORITY", List.of("Y", "N"));

    /** Breakdowns written as {@link Figure#dimsKey()} ("AGE=A60_69;SEX=F"), in the order people read them. */
    public static final Comparator<String> BY_KEY = Comparator.comparing(Breakdowns::rank, Breakdowns::compare);

    private Breakdowns() {
    }

    private static List<int[]> rank(String dimsKey) {
        return Figure.parseDims(dimsKey).entrySet().stream().map(e -> {
            int attribute = ATTRIBUTES.indexOf(e.getKey());
            int option = OPTIONS.getOrDefault(e.getKey(), List.of()).indexOf(e.getValue());
            return new int[] {attribute < 0 ? ATTRIBUTES.size() : attribute, option < 0 ? Integer.MAX_VALUE : option};
        }).toList();
    }

    private static int compare(List<int[]> a, List<int[]> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
