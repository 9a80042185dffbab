package vn.ishc.reporting.map;

import java.util.List;

/**
 * A map of the 34 provinces coloured by one indicator, ready for the fragment
 * {@code reporting/map :: provinceMap(map)}: each province's shape, colour, value as text and link,
 * the two archipelago insets and the legend. {@code caption} names what the map shows (an indicator
 * and a period, in the reader's language); the fragment reads it out as the map's label. {@code communes}:
 * the areas are the communes of one province (each a {@link Province} of the record), not the provinces.
 */
public record ProvinceMapView(String viewBox, List<Province> provinces, List<Inset> insets, Legend legend,
                              String caption, boolean communes) {

    public ProvinceMapView {
        provinces = List.copyOf(provinces);
        insets = List.copyOf(insets);
    }

    /** A map of the provinces. */
    public ProvinceMapView(String viewBox, List<Province> provinces, List<Inset> insets, Legend legend, String caption) {
        this(viewBox, provinces, insets, legend, caption, false);
    }

    /** The same map, labelled with what it shows. */
    public ProvinceMapView withCaption(String caption) {
        return new ProvinceMapView(viewBox, provinces, insets, legend, caption, communes);
    }

    /**
     * One province: official code, name, SVG path (its islands included), fill colour, value (null:
     * no data) with its text in the reader's locale, and the link to its page (null: none).
     */
    public record Province(String code, String name, String d, String fill, Long value, String valueText,
                           String href) {

        public boolean hasValue() {
            return value != null;
        }
    }

    /**
     * A box where an archipelago is drawn apart, at its own scale: {@code key} names it in the
     * messages ({@code map.inset.<key>}); {@code provinceCode} is the province it belongs to.
     */
    public record Inset(String key, String provinceCode, int x, int y, int width, int height) {

        public int labelX() {
            return x + MapLayout.INSET_PADDING;
        }

        public int labelY() {
            return y + MapLayout.LABEL_BAND - 4;
        }
    }

    /** The classes from the lightest colour to the darkest, and the colour of a province without data. */
    public record Legend(List<LegendClass> classes, String noDataFill, boolean anyWithoutData) {

        public Legend {
            classes = List.copyOf(classes);
        }
    }

    /** One class: the smallest and largest value it holds, as numbers and as text, and its colour. */
    public record LegendClass(String fill, long lower, long upper, String lowerText, String upperText) {

        public boolean single() {
            return lower == upper;
        }
    }
}
