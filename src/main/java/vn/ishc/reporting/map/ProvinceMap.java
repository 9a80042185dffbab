package vn.ishc.reporting.map;

import java.io.InputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ishc.reporting.map.MapLayout.Frame;
import vn.ishc.reporting.map.MapLayout.Inset;
import vn.ishc.reporting.map.MapOutlines.Outline;
import vn.ishc.reporting.map.MapOutlines.Polygon;
import vn.ishc.reporting.map.MapOutlines.Ring;
import vn.ishc.reporting.map.ProvinceMapView.Legend;
import vn.ishc.reporting.map.ProvinceMapView.LegendClass;
import vn.ishc.reporting.map.ProvinceMapView.Province;

/**
 * The map of Vietnam's 34 provinces (the map in force since 1 July 2025), with the Hoàng Sa
 * archipelago drawn as part of Đà Nẵng and the Trường Sa archipelago as part of Khánh Hòa. The
 * outlines are read and turned into SVG paths once, when the application starts; colouring the map
 * by an indicator's values is then only a matter of picking a colour per province.
 */
@Component
public class ProvinceMap {

    static final String OUTLINES = "reporting/map/provinces-simplified.geojson";
    /** Mainland rings under a unit across are drawn as diamonds one unit across (islets of Hạ Long Bay, Cồn Cỏ). */
    static final int MAINLAND_MIN_EXTENT = 10;
    static final int MAINLAND_DOT = 5;
    /** Reefs and islands of the archipelagos are drawn at least 2.2 units across. */
    static final int INSET_MIN_EXTENT = 22;
    static final int INSET_DOT = 11;

    private static final Logger log = LoggerFactory.getLogger(ProvinceMap.class);

    /** One area drawn: its official code, its name and the {@code d} of its SVG path. */
    record Shape(String code, String name, String d) {
    }

    private final List<Shape> shapes;
    private final List<ProvinceMapView.Inset> insets;

    public ProvinceMap() {
        long start = System.nanoTime();
        InputStream in = ProvinceMap.class.getClassLoader().getResourceAsStream(OUTLINES);
        List<Outline> outlines = MapOutlines.read(Objects.requireNonNull(in, OUTLINES));
        this.shapes = draw(outlines);
        this.insets = Arrays.stream(Inset.values())
                .map(i -> new ProvinceMapView.Inset(i.key, i.provinceCode, i.box.x(), i.box.y(), i.box.width(),
                        i.box.height()))
                .toList();
        log.info("Province map ready: {} provinces, {} characters of paths, in {} ms", shapes.size(),
                pathCharacters(), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Shape> draw(List<Outline> outlines) {
        Frames frames = Frames.fit(outlines);
        List<Shape> shapes = new ArrayList<>();
        for (Outline outline : outlines) {
            SvgPath mainland = new SvgPath(MAINLAND_MIN_EXTENT, MAINLAND_DOT);
            SvgPath islands = new SvgPath(INSET_MIN_EXTENT, INSET_DOT);
            for (Polygon polygon : outline.polygons()) {
                Inset inset = insetOf(outline.code(), polygon);
                for (Ring ring : polygon.rings()) {
                    if (inset == null) {
                        mainland.add(ring, frames.mainland());
                    } else {
                        islands.add(ring, frames.insets().get(inset));
                    }
                }
            }
            shapes.add(new Shape(outline.code(), outline.name(), mainland.d() + islands.d()));
        }
        return List.copyOf(shapes);
    }

    /** The projection of the mainland, fitted to its box, and of each archipelago, fitted to its inset. */
    private record Frames(Frame mainland, Map<Inset, Frame> insets) {

        static Frames fit(List<Outline> outlines) {
            List<Polygon> mainland = new ArrayList<>();
            Map<Inset, List<Polygon>> islands = new EnumMap<>(Inset.class);
            for (Outline outline : outlines) {
                for (Polygon polygon : outline.polygons()) {
                    Inset inset = insetOf(outline.code(), polygon);
                    if (inset == null) {
                        mainland.add(polygon);
                    } else {
                        islands.computeIfAbsent(inset, i -> new ArrayList<>()).add(polygon);
                    }
                }
            }
            Map<Inset, Frame> insets = new EnumMap<>(Inset.class);
            islands.forEach((inset, polygons) -> insets.put(inset, Frame.fit(polygons, inset.islandArea(), true)));
            return new Frames(Frame.fit(mainland, MapLayout.MAINLAND, false), insets);
        }
    }

    private static Inset insetOf(String code, Polygon polygon) {
        for (Inset inset : Inset.values()) {
            if (inset.holds(code, polygon)) {
                return inset;
            }
        }
        return null;
    }

    /** The official codes of the provinces drawn, in code order. */
    public List<String> provinceCodes() {
        return shapes.stream().map(Shape::code).toList();
    }

    /** The map coloured by the values, without links. */
    public ProvinceMapView colour(Map<String, Long> valueByProvinceCode, Locale locale) {
        return colour(valueByProvinceCode, locale, code -> null);
    }

    /**
     * The map coloured by the values of the provinces, keyed by official province code: five classes
     * by quantile (see {@link QuantileClasses}), grey for a province without a value (absent or null).
     * Values of codes that are not provinces of today's map are ignored. Each province links to
     * {@code linkForProvince.apply(code)} unless that is null.
     */
    public ProvinceMapView colour(Map<String, Long> valueByProvinceCode, Locale locale,
                                  Function<String, String> linkForProvince) {
        return colour(shapes, "0 0 " + MapLayout.WIDTH + " " + MapLayout.HEIGHT, insets, valueByProvinceCode, Map.of(),
                locale, linkForProvince, false);
    }

    /**
     * Areas coloured by their values (keyed by code, the codes of other areas ignored) in five classes
     * by quantile, grey without a value; each named as {@code names} says, or as its outline does.
     */
    static ProvinceMapView colour(List<Shape> shapes, String viewBox, List<ProvinceMapView.Inset> insets,
                                  Map<String, Long> valueByCode, Map<String, String> names, Locale locale,
                                  Function<String, String> link, boolean communes) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Shape shape : shapes) {
            Long value = valueByCode.get(shape.code());
            if (value != null) {
                values.put(shape.code(), value);
            }
        }
        QuantileClasses classes = QuantileClasses.of(values.values());
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        List<Province> provinces = new ArrayList<>();
        for (Shape shape : shapes) {
            Long value = values.get(shape.code());
            String fill = value == null ? QuantileClasses.NO_DATA : classes.bandOf(value).fill();
            provinces.add(new Province(shape.code(), names.getOrDefault(shape.code(), shape.name()), shape.d(), fill,
                    value, value == null ? null : format.format(value), link.apply(shape.code())));
        }
        List<LegendClass> legend = classes.bands().stream()
                .map(b -> new LegendClass(b.fill(), b.lower(), b.upper(), format.format(b.lower()), format.format(b.upper())))
                .toList();
        return new ProvinceMapView(viewBox, provinces, insets,
                new Legend(legend, QuantileClasses.NO_DATA, values.size() < shapes.size()), null, communes);
    }

    /** The length of all provinces' paths together: most of what the map weighs on the wire. */
    int pathCharacters() {
        return shapes.stream().mapToInt(s -> s.d().length()).sum();
    }
}
