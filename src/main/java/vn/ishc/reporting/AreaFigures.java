package vn.ishc.reporting;

import java.util.List;
import java.util.Objects;

/**
 * The figures of one area for one period, as a report table, a dashboard or an export carries them.
 * {@code orgUnit} is the unit's official code (a club's own code below the commune level), the
 * {@code orgUnit} of an ADX group; {@code name} is what people read.
 */
public record AreaFigures(String orgUnit, String name, Period period, List<Figure> figures) {

    public AreaFigures {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        figures = List.copyOf(figures);
    }
}
