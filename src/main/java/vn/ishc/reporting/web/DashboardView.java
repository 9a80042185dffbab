package vn.ishc.reporting.web;

import java.util.List;
import vn.ishc.reporting.map.ProvinceMapView;

/**
 * Everything the dashboard page shows, as text ready for the reader: the template only lays it out.
 * {@code running} says that the period includes today and is counted up to today; null for a period gone by.
 */
record DashboardView(String title, String periodLabel, String mapLabel, String running, String note, String error,
                     List<Choice> periods, List<Choice> maps, List<Choice> indicators, Hidden form, String upHref,
                     List<Headline> headlines, List<TargetLine> otherTargets, Chart chart, Below below,
                     Ranking ranking, MapPart map, Flags flags, Exports exports) {

    /** A link or option to choose (a period, a map, an indicator), and whether it is the one shown. */
    record Choice(String value, String label, String href, boolean current) {
    }

    /** The values the period form carries along. */
    record Hidden(String area, String club, String boundaries, String period, String indicator) {
    }

    /** One headline figure: its value, its share of another where it is one, and its targets. */
    record Headline(String code, String label, String value, String share, List<TargetLine> targets) {
    }

    /** A target with what has been reached; {@code met} null when the period is still running and it is not yet met. */
    record TargetLine(String text, Boolean met) {
    }

    /** The chosen indicator over time. */
    record Chart(String label, List<Point> points) {
    }

    record Point(String label, Long value, String text) {
    }

    /** The table of the next level down. */
    record Below(String caption, List<Column> columns, List<BelowRow> rows) {
    }

    record Column(String key, String label, String href, String sorted) {
    }

    record BelowRow(String name, String href, List<String> cells) {
    }

    /** The areas below ranked by the chosen indicator, as bars with their values as text; null for a commune or a club. */
    record Ranking(String caption, List<Bar> bars) {
    }

    /** One bar: its rank, the area's name and link, its value as a number and as text, and its length (0–100). */
    record Bar(int rank, String name, String href, Long value, String text, int width) {
    }

    /** The province map, or why it is not shown. */
    record MapPart(ProvinceMapView view, String note, String restatedHref) {
    }

    /** Clubs below the 1336 standard and clubs that missed a monthly meeting: counts, and names when few. */
    record Flags(String belowStandard, String notMet, List<FlaggedClub> clubs, boolean listed) {
    }

    record FlaggedClub(String name, String href, boolean belowStandard, boolean notMet) {
    }

    /** The download links; {@code dhis2Refusal} says why DHIS2 is not offered for this period. */
    record Exports(String xlsx, String adx, String dhis2, String dhis2Refusal, String annual) {
    }
}
