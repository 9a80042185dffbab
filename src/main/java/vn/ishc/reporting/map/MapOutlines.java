package vn.ishc.reporting.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provinces' outlines as the GeoJSON file holds them: longitude/latitude rings, grouped by polygon.
 * Only what the map draws is kept: code, name and rings.
 */
final class MapOutlines {

    /** One province: its official code, its name and its polygons. */
    record Outline(String code, String name, List<Polygon> polygons) {
    }

    /** An island or a mainland part: its outer ring, then its holes. */
    record Polygon(List<Ring> rings) {
    }

    /** A closed line of longitude/latitude pairs, in degrees. */
    record Ring(double[] longitudes, double[] latitudes) {

        int size() {
            return longitudes.length;
        }
    }

    private MapOutlines() {
    }

    static List<Outline> read(InputStream geoJson) {
        JsonNode root;
        try (geoJson) {
            root = JsonMapper.builder().build().readTree(geoJson);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable province outlines", e);
        }
        List<Outline> outlines = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            JsonNode geometry = feature.path("geometry");
            List<Polygon> polygons = new ArrayList<>();
            switch (geometry.path("type").asString()) {
                case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> polygons.add(polygon(p)));
                case "Polygon" -> polygons.add(polygon(geometry.path("coordinates")));
                default -> throw new IllegalStateException("a province outline must be a polygon: "
                        + properties.path("code").asString());
            }
            outlines.add(new Outline(properties.path("code").asString(), properties.path("name").asString(),
                    List.copyOf(polygons)));
        }
        return List.copyOf(outlines);
    }

    private static Polygon polygon(JsonNode polygon) {
        List<Ring> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[] lon = new double[ring.size()];
            double[] lat = new double[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                lon[i] = ring.get(i).get(0).doubleValue();
                lat[i] = ring.get(i).get(1).doubleValue();
            }
            rings.add(new Ring(lon, lat));
        }
        return new Polygon(List.copyOf(rings));
    }
}
