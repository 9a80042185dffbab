package vn.ishc.reporting.map;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.reporting.map.MapOutlines.Outline;
import vn.ishc.reporting.map.MapOutlines.Polygon;
import vn.ishc.reporting.map.MapOutlines.Ring;

/**
 * Turns the communes' outlines of one province (GeoJSON, snapped to a grid of 0.003°) into the compact
 * GeoJSON the application reads: each ring simplified by Douglas–Peucker to {@link #TOLERANCE} (under a
 * unit of a province's map on a phone) and every coordinate rounded to a thousandth of a degree.
 * Run once by hand; its output is committed under {@code src/main/resources/reporting/map/communes}:
 * <pre>java ... vn.ishc.reporting.map.CommuneOutlinesConverter FOLDER-OF-THE-SOURCE-OUTLINES src/main/resources/reporting/map/communes</pre>
 * (the source outlines and their licence: src/main/resources/reporting/map/communes/README.md)
 */
final class CommuneOutlinesConverter {

    /** Degrees: a point nearer than this to the line the simplified ring draws is dropped. */
    static final double TOLERANCE = 0.003;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommuneOutlinesConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        long before = 0;
        long after = 0;
        try (var files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".geojson")).sorted().toList()) {
                String converted;
                try (InputStream in = Files.newInputStream(file)) {
                    converted = convert(in);
                }
                Files.writeString(to.resolve(file.getFileName()), converted, StandardCharsets.UTF_8);
                before += Files.size(file);
                after += converted.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.printf("%d bytes -> %d bytes%n", before, after);
    }

    /** The outlines of the GeoJSON, simplified, as compact GeoJSON text. */
    static String convert(InputStream geoJson) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean firstFeature = true;
        for (Outline outline : MapOutlines.read(geoJson)) {
            out.append(firstFeature ? "" : ",\n");
            firstFeature = false;
            out.append("{\"type\":\"Feature\",\"properties\":{\"code\":").append(JSON.writeValueAsString(outline.code()))
                    .append(",\"name\":").append(JSON.writeValueAsString(outline.name()))
                    .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int p = 0; p < outline.polygons().size(); p++) {
                Polygon polygon = outline.polygons().get(p);
                out.append(p == 0 ? "[" : ",[");
                for (int r = 0; r < polygon.rings().size(); r++) {
                    Ring ring = simplify(polygon.rings().get(r));
                    out.append(r == 0 ? "[" : ",[");
                    for (int i = 0; i < ring.size(); i++) {
                        out.append(i == 0 ? "[" : ",[").append(degrees(ring.longitudes()[i])).append(',')
                                .append(degrees(ring.latitudes()[i])).append(']');
                    }
                    out.append(']');
                }
                out.append(']');
            }
            out.append("]}}");
        }
        return out.append("]}\n").toString();
    }

    /**
     * The ring by Douglas–Peucker, its first and closing points kept; a ring that would keep fewer
     * than four points (a triangle and its closing point) is kept as it is, so no islet disappears.
     */
    static Ring simplify(Ring ring) {
        int n = ring.size();
        double[] x = ring.longitudes();
        double[] y = ring.latitudes();
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        // the farthest point from the first splits a closed ring into two open lines
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < n - 1; i++) {
            double d = Math.hypot(x[i] - x[0], y[i] - y[0]);
            if (d > farthest) {
                farthest = d;
                far = i;
            }
        }
        if (far > 0) {
            keep[far] = true;
            mark(x, y, 0, far, keep);
            mark(x, y, far, n - 1, keep);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(i);
            }
        }
        if (kept.size() < 4) {
            return ring;
        }
        double[] lon = new double[kept.size()];
        double[] lat = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            lon[k] = x[kept.get(k)];
            lat[k] = y[kept.get(k)];
        }
        return new Ring(lon, lat);
    }

    private static void mark(double[] x, double[] y, int from, int to, boolean[] keep) {
        if (to - from < 2) {
            return;
        }
        double dx = x[to] - x[from];
        double dy = y[to] - y[from];
        double length = Math.hypot(dx, dy);
        int worst = -1;
        double largest = -1;
        for (int i = from + 1; i < to; i++) {
            double d = length == 0 ? Math.hypot(x[i] - x[from], y[i] - y[from])
                    : Math.abs(dy * (x[i] - x[from]) - dx * (y[i] - y[from])) / length;
            if (d > largest) {
                largest = d;
                worst = i;
            }
        }
        if (largest > TOLERANCE) {
            keep[worst] = true;
            mark(x, y, from, worst, keep);
            mark(x, y, worst, to, keep);
        }
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(Math.round(value * 1000), 3).stripTrailingZeros().toPlainString();
    }
}
