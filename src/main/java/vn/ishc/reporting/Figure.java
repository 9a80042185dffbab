package vn.ishc.reporting;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One value of an indicator (a code of the indicator catalogue) for some area and period, for one
 * combination of its disaggregations ({@code SEX=F}, {@code AGE=A60_69}…), or for all of them when
 * {@code dims} is empty. Counts and money are whole numbers (money in đồng).
 */
public record Figure(String code, Map<String, String> dims, long value) {

    public Figure {
        Objects.requireNonNull(code, "code");
        dims = dims == null || dims.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(dims));
    }

    public static Figure total(String code, long value) {
        return new Figure(code, Map.of(), value);
    }

    public static Figure of(String code, String attribute, String option, long value) {
        return new Figure(code, Map.of(attribute, option), value);
    }

    public boolean isTotal() {
        return dims.isEmpty();
    }

    /** The disaggregation as one text, attributes in order: "" or "AGE=A60_69;SEX=F". */
    public String dimsKey() {
        return dims.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** Reads {@link #dimsKey()} back. */
    public static Map<String, String> parseDims(String key) {
        Map<String, String> dims = new TreeMap<>();
        if (key != null && !key.isEmpty()) {
            for (String pair : key.split(";")) {
                int eq = pair.indexOf('=');
                dims.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return dims;
    }
}
