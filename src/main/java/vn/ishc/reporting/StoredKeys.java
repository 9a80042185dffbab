package vn.ishc.reporting;

/**
 * The single letters the reporting tables keep for a period kind ({@code period_kind}: M, Q, Y, R) and
 * for a map ({@code boundaries}: A as it was, R restated): the one place they are written and read, so
 * that the code deals only in {@link Period.Kind} and {@link Boundaries}.
 */
final class StoredKeys {

    private StoredKeys() {
    }

    /** The letter kept for a period kind. */
    static String of(Period.Kind kind) {
        return switch (kind) {
            case MONTH -> "M";
            case QUARTER -> "Q";
            case YEAR -> "Y";
            case RANGE -> "R";
        };
    }

    /** The period kind a kept letter stands for. */
    static Period.Kind periodKind(String stored) {
        return switch (stored) {
            case "M" -> Period.Kind.MONTH;
            case "Q" -> Period.Kind.QUARTER;
            case "Y" -> Period.Kind.YEAR;
            case "R" -> Period.Kind.RANGE;
            default -> throw new IllegalArgumentException("No period kind " + stored);
        };
    }

    /** The letter kept for a map. */
    static String of(Boundaries boundaries) {
        return switch (boundaries) {
            case AS_WAS -> "A";
            case RESTATED -> "R";
        };
    }
}
