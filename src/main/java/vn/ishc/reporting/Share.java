package vn.ishc.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A per-cent figure: an indicator (for all, or one disaggregation) over another. The catalogue reports a
 * percentage with its numerator and denominator, never alone, so that an area can add up both parts and
 * work the share out again from the sums; the exports carry all three.
 */
public record Share(String numerator, Map<String, String> dims, String denominator) {

    /** The shares of the catalogue's figures, as the dashboard shows them: each indicator's {@link Indicator#perCentOf}, and women among the members. */
    public static final List<Share> ALL = List.of(
            of(Indicator.MEETING_ATTENDANCE), of(Indicator.BOOKS_KEYED), of(Indicator.BOOKS_KEYED_ON_TIME),
            new Share(Indicator.MEMBERS.name(), Map.of("SEX", "F"), Indicator.MEMBERS.name()),
            of(Indicator.PAR1), of(Indicator.PAR30), of(Indicator.PAR90), of(Indicator.PAR180),
            of(Indicator.COMMUNES_WITH_CLUB), of(Indicator.PROVINCES_WITH_CLUB));

    public Share {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        dims = dims == null ? Map.of() : Map.copyOf(dims);
    }

    /** An indicator's total as a per cent of the indicator it is shown against. */
    static Share of(Indicator numerator) {
        return new Share(numerator.name(), Map.of(), numerator.perCentOf()
                .orElseThrow(() -> new IllegalArgumentException(numerator + " is not shown as a per cent")).name());
    }

    /** The shares whose numerator is among the codes. */
    public static List<Share> of(Collection<String> codes) {
        return ALL.stream().filter(s -> codes.contains(s.numerator())).toList();
    }

    /** The numerator as the exports name it: "MEETING_ATTENDANCE", "MEMBERS[SEX=F]". */
    public String numeratorKey() {
        return dims.isEmpty() ? numerator : numerator + "[" + new Figure(numerator, dims, 0).dimsKey() + "]";
    }

    /** The share as the exports name it: "MEETING_ATTENDANCE/MEETING_ATTENDANCE_EXPECTED". */
    public String key() {
        return numeratorKey() + "/" + denominator;
    }

    /** The numerator's value in the area's figures; null when it has none. */
    public Long numeratorIn(AreaFigures figures) {
        return valueOf(figures, numerator, dims);
    }

    public Long denominatorIn(AreaFigures figures) {
        return valueOf(figures, denominator, Map.of());
    }

    /** The per cent, to one decimal (half up); null when either part is missing or there is nothing to divide by. */
    public static BigDecimal percent(Long part, Long of) {
        if (part == null || of == null || of == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(of), 1,
                RoundingMode.HALF_UP);
    }

    private static Long valueOf(AreaFigures figures, String code, Map<String, String> dims) {
        return figures.figures().stream().filter(f -> f.code().equals(code) && f.dims().equals(dims)).findFirst()
                .map(Figure::value).orElse(null);
    }
}
