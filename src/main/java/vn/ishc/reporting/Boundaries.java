package vn.ishc.reporting;

/**
 * Which map a figure is counted on: the units as they were on the period's last day (a 2024 figure on
 * the 63 provinces and their districts), or restated on today's units (the same 2024 figure on the 34
 * provinces, each club under the commune that now holds its village). Kept in the tables as a letter
 * ({@link StoredKeys}).
 */
public enum Boundaries {
    AS_WAS, RESTATED
}
