package vn.ishc.reporting.map;

import java.util.List;
import vn.ishc.reporting.map.MapOutlines.Polygon;
import vn.ishc.reporting.map.MapOutlines.Ring;

/**
 * Where the country goes in the map's box of 400 × 700 units. The mainland fills the height; the
 * Hoàng Sa and Trường Sa archipelagos, far out in the East Sea, are drawn in two boxes of their own
 * off the coast at about their latitude, at a larger scale, so that the mainland stays large on a
 * phone. Each projection is equirectangular, with longitudes shortened by the cosine of 16° N, the
 * middle of the country, so that shapes are not stretched.
 */
final class MapLayout {

    static final int WIDTH = 400;
    static final int HEIGHT = 700;
    static final Box MAINLAND = new Box(6, 6, 388, 688);
    static final double COS_LATITUDE = Math.cos(Math.toRadians(16));
    /** Height of an inset's label band, above its islands. */
    static final int LABEL_BAND = 14;
    static final int INSET_PADDING = 4;

    private MapLayout() {
    }

    /**
     * The archipelagos drawn apart: the province they belong to, the box they are drawn in, and the
     * span of the sea that holds them (a polygon of the province wholly inside it is one of their
     * islands; the province's coast and its islands near the shore are west of 109.5° E or north of
     * 11.6° N).
     */
    enum Inset {
        HOANG_SA("hoangSa", "48", new Box(288, 236, 108, 100), 110.0, 114.0, 15.0, 18.0),
        TRUONG_SA("truongSa", "56", new Box(250, 606, 146, 90), 109.4, 118.0, 6.0, 11.6);

        final String key;
        final String provinceCode;
        final Box box;
        private final double west;
        private final double east;
        private final double south;
        private final double north;

        Inset(String key, String provinceCode, Box box, double west, double east, double south, double north) {
            this.key = key;
            this.provinceCode = provinceCode;
            this.box = box;
            this.west = west;
            this.east = east;
            this.south = south;
            this.north = north;
        }

        boolean holds(String code, Polygon polygon) {
            if (!provinceCode.equals(code)) {
                return false;
            }
            for (Ring ring : polygon.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double lon = ring.longitudes()[i];
                    double lat = ring.latitudes()[i];
                    if (lon < west || lon > east || lat < south || lat > north) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Where the islands go: the box without its label band and padding. */
        Box islandArea() {
            return new Box(box.x() + INSET_PADDING, box.y() + LABEL_BAND, box.width() - 2 * INSET_PADDING,
                    box.height() - LABEL_BAND - INSET_PADDING);
        }
    }

    record Box(int x, int y, int width, int height) {
    }

    /** An equirectangular projection that puts a span of longitudes and latitudes into a box. */
    record Frame(double west, double north, double scale, double left, double top) {

        double x(double lon) {
            return left + (lon - west) * COS_LATITUDE * scale;
        }

        double y(double lat) {
            return top + (north - lat) * scale;
        }

        /**
         * The largest projection of the polygons that fits the box: the mainland keeps to the box's
         * top left, leaving the sea on the right to the insets; an inset's islands are centred.
         */
        static Frame fit(List<Polygon> polygons, Box box, boolean centre) {
            double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
            for (Polygon polygon : polygons) {
                for (Ring ring : polygon.rings()) {
                    for (int i = 0; i < ring.size(); i++) {
                        west = Math.min(west, ring.longitudes()[i]);
                        east = Math.max(east, ring.longitudes()[i]);
                        south = Math.min(south, ring.latitudes()[i]);
                        north = Math.max(north, ring.latitudes()[i]);
                    }
                }
            }
            double width = (east - west) * COS_LATITUDE;
            double height = north - south;
            double scale = Math.min(box.width() / width, box.height() / height);
            double left = box.x() + (centre ? (box.width() - width * scale) / 2 : 0);
            double top = box.y() + (centre ? (box.height() - height * scale) / 2 : 0);
            return new Frame(west, north, scale, left, top);
        }
    }
}
