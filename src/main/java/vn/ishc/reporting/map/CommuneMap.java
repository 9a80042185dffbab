package vn.ishc.reporting.map;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.ishc.reporting.map.MapLayout.Box;
import vn.ishc.reporting.map.MapLayout.Frame;
import vn.ishc.reporting.map.MapLayout.Inset;
import vn.ishc.reporting.map.MapOutlines.Outline;
import vn.ishc.reporting.map.MapOutlines.Polygon;
import vn.ishc.reporting.map.MapOutlines.Ring;
import vn.ishc.reporting.map.ProvinceMap.Shape;

/**
 * The map of one province's communes, wards and special zones (today's map), drawn like the map of the
 * provinces: the province fills a box 400 units wide, and the Hoàng Sa and Trường Sa special zones of
 * Đà Nẵng and Khánh Hòa are drawn in a box of their own below it. A province's outlines are read and
 * turned into SVG paths the first time its map is asked for, then kept.
 */
@Component
public class CommuneMap {

    /** The communes' outlines of a province, by the province's official code. */
    static final String OUTLINES = "reporting/map/communes/%s.geojson";
    /** The 34 provinces of today's map. */
    static final List<String> PROVINCES = List.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24",
            "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80",
            "82", "86", "91", "92", "96");
    static final int MARGIN = 6;
    static final int MAX_HEIGHT = 560;
    static final int INSET_HEIGHT = 100;
    static final int INSET_WIDTH = 160;

    private record Drawing(String viewBox, List<Shape> shapes, List<ProvinceMapView.Inset> insets) {
    }

    private final Map<String, Drawing> drawings = new ConcurrentHashMap<>();

    /** Whether the communes of the province (by official code) can be drawn. */
    public boolean draws(String provinceCode) {
        return PROVINCES.contains(provinceCode);
    }

    /**
     * The province's communes coloured by their values, keyed by official commune code, as the map of
     * the provinces colours them; each named as {@code names} says (its outline's name otherwise) and
     * linked to {@code linkForCommune.apply(code)} unless that is null.
     */
    public ProvinceMapView colour(String provinceCode, Map<String, Long> valueByCommuneCode, Map<String, String> names,
                                  Locale locale, Function<String, String> linkForCommune) {
        if (!draws(provinceCode)) {
            throw new IllegalArgumentException("not a province of today's map: " + provinceCode);
        }
        Drawing drawing = drawings.computeIfAbsent(provinceCode, CommuneMap::draw);
        return ProvinceMap.colour(drawing.shapes(), drawing.viewBox(), drawing.insets(), valueByCommuneCode, names,
                locale, linkForCommune, true);
    }

    private static Drawing draw(String provinceCode) {
        String resource = String.format(OUTLINES, provinceCode);
        InputStream in = CommuneMap.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<Outline> outlines = MapOutlines.read(in);
        Inset inset = null;
        for (Inset i : Inset.values()) {
            if (i.provinceCode.equals(provinceCode)) {
                inset = i;
            }
        }
        List<Polygon> mainland = new ArrayList<>();
        List<Polygon> islands = new ArrayList<>();
        for (Outline outline : outlines) {
            for (Polygon polygon : outline.polygons()) {
                (inset != null && inset.holds(provinceCode, polygon) ? islands : mainland).add(polygon);
            }
        }
        Box room = new Box(MARGIN, MARGIN, MapLayout.WIDTH - 2 * MARGIN, MAX_HEIGHT);
        Frame probe = Frame.fit(mainland, room, false);
        int height = (int) Math.ceil(extentHeight(mainland, probe)) ;
        Frame land = Frame.fit(mainland, room, true);
        // centred across, at the top: shift up by what centring put above
        land = new Frame(land.west(), land.north(), land.scale(), land.left(), MARGIN);
        int bottom = MARGIN + height;
        List<ProvinceMapView.Inset> insets = new ArrayList<>();
        Frame sea = null;
        if (!islands.isEmpty()) {
            Box box = new Box(MapLayout.WIDTH - MARGIN - INSET_WIDTH, bottom + MARGIN, INSET_WIDTH, INSET_HEIGHT);
            Box area = new Box(box.x() + MapLayout.INSET_PADDING, box.y() + MapLayout.LABEL_BAND,
                    box.width() - 2 * MapLayout.INSET_PADDING, box.height() - MapLayout.LABEL_BAND - MapLayout.INSET_PADDING);
            sea = Frame.fit(islands, area, true);
            insets.add(new ProvinceMapView.Inset(inset.key, provinceCode, box.x(), box.y(), box.width(), box.height()));
            bottom = box.y() + box.height();
        }
        List<Shape> shapes = new ArrayList<>();
        for (Outline outline : outlines) {
            SvgPath onLand = new SvgPath(ProvinceMap.MAINLAND_MIN_EXTENT, ProvinceMap.MAINLAND_DOT);
            SvgPath atSea = new SvgPath(ProvinceMap.INSET_MIN_EXTENT, ProvinceMap.INSET_DOT);
            for (Polygon polygon : outline.polygons()) {
                boolean island = inset != null && inset.holds(provinceCode, polygon);
                for (Ring ring : polygon.rings()) {
                    if (island) {
                        atSea.add(ring, sea);
                    } else {
                        onLand.add(ring, land);
                    }
                }
            }
            shapes.add(new Shape(outline.code(), outline.name(), onLand.d() + atSea.d()));
        }
        return new Drawing("0 0 " + MapLayout.WIDTH + " " + (bottom + MARGIN), List.copyOf(shapes), List.copyOf(insets));
    }

    /** How tall the polygons are drawn by the frame. */
    private static double extentHeight(List<Polygon> polygons, Frame frame) {
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (Polygon polygon : polygons) {
            for (Ring ring : polygon.rings()) {
                for (double lat : ring.latitudes()) {
                    south = Math.min(south, lat);
                    north = Math.max(north, lat);
                }
            }
        }
        return (north - south) * frame.scale();
    }
}
