package vn.ishc.reporting.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ishc.reporting.map.ProvinceMapView.Inset;
import vn.ishc.reporting.map.ProvinceMapView.LegendClass;
import vn.ishc.reporting.map.ProvinceMapView.Province;

/** The map of the 34 provinces: its shapes with the two archipelagos, and its colours by quantile. */
class ProvinceMapTest {

    static final ProvinceMap MAP = new ProvinceMap();
    static final Locale VI = Locale.forLanguageTag("vi");
    static final String DA_NANG = "48";
    static final String KHANH_HOA = "56";
    static final String DARKEST = "#253494";

    @Test
    void drawsExactlyTheProvincesOfTodaysMap() throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream in = resource("geography/admin-units/units-current.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("province,")) {
                    codes.add(line.split(",")[1]);
                }
            }
        }
        ProvinceMapView view = MAP.colour(Map.of(), VI);

        assertThat(codes).hasSize(34);
        assertThat(view.provinces()).extracting(Province::code).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(view.provinces()).allSatisfy(p -> assertThat(subpaths(p.d())).isNotEmpty());
    }

    @Test
    void daNangHoldsTheHoangSaArchipelagoAndKhanhHoaTheTruongSaArchipelago() throws IOException {
        ProvinceMapView view = MAP.colour(Map.of(), VI);
        Inset hoangSa = inset(view, "hoangSa");
        Inset truongSa = inset(view, "truongSa");

        assertThat(hoangSa.provinceCode()).isEqualTo(DA_NANG);
        assertThat(truongSa.provinceCode()).isEqualTo(KHANH_HOA);
        // Every far-out island of the file is drawn, in its own inset.
        assertThat(subpathsIn(province(view, DA_NANG), hoangSa)).isEqualTo(islandsInFile(DA_NANG)).isGreaterThan(40);
        assertThat(subpathsIn(province(view, KHANH_HOA), truongSa)).isEqualTo(islandsInFile(KHANH_HOA)).isGreaterThan(130);
        // ...and their mainland on the mainland, outside the insets.
        assertThat((long) subpaths(province(view, DA_NANG).d()).size()).isGreaterThan(subpathsIn(province(view, DA_NANG), hoangSa));
        assertThat((long) subpaths(province(view, KHANH_HOA).d()).size()).isGreaterThan(subpathsIn(province(view, KHANH_HOA), truongSa));
    }

    @Test
    void noOtherProvinceIsDrawnInAnInsetAndAllStaysInTheViewBox() {
        ProvinceMapView view = MAP.colour(Map.of(), VI);
        assertThat(view.viewBox()).isEqualTo("0 0 400 700");
        for (Province p : view.provinces()) {
            for (List<double[]> ring : subpaths(p.d())) {
                for (double[] point : ring) {
                    assertThat(point[0]).as(p.name()).isBetween(0.0, 400.0);
                    assertThat(point[1]).as(p.name()).isBetween(0.0, 700.0);
                }
                for (Inset inset : view.insets()) {
                    if (!inset.provinceCode().equals(p.code())) {
                        assertThat(ring).as(p.name() + " in the inset " + inset.key())
                                .noneMatch(point -> inside(point, inset));
                    }
                }
            }
        }
    }

    @Test
    void theLargestValueIsInTheDarkestClassAndAProvinceWithoutValueIsGrey() {
        Map<String, Long> values = new HashMap<>();
        List<String> codes = MAP.provinceCodes();
        for (int i = 0; i < codes.size(); i++) {
            values.put(codes.get(i), (long) (i * i));
        }
        values.remove("20");
        values.put("79", 5_000L);
        values.put("99", 1_000_000L); // not a province of today's map: ignored

        ProvinceMapView view = MAP.colour(values, VI, code -> "/dashboard/provinces/" + code);

        Province hcm = province(view, "79");
        assertThat(hcm.fill()).isEqualTo(DARKEST);
        assertThat(hcm.valueText()).isEqualTo("5.000");
        assertThat(hcm.href()).isEqualTo("/dashboard/provinces/79");
        Province langSon = province(view, "20");
        assertThat(langSon.hasValue()).isFalse();
        assertThat(langSon.fill()).isEqualTo(QuantileClasses.NO_DATA);
        assertThat(view.legend().anyWithoutData()).isTrue();
        assertThat(view.legend().classes()).hasSize(5).last().satisfies(c -> assertThat(c.upper()).isEqualTo(5_000L));
        assertThat(view.provinces()).filteredOn(p -> p.fill().equals(DARKEST)).hasSizeBetween(6, 7);
    }

    @Test
    void theLegendBoundsRiseAndHoldEveryValueInTheClassOfItsColour() {
        Map<String, Long> values = new HashMap<>();
        long[] skewed = {0, 0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 8, 9, 12, 15, 15, 15, 18, 22, 25, 30, 41, 46, 50, 61, 75, 90,
            120, 160, 210, 400, 880, 1_500, 8_432};
        List<String> codes = MAP.provinceCodes();
        for (int i = 0; i < codes.size(); i++) {
            values.put(codes.get(i), skewed[i]);
        }
        ProvinceMapView view = MAP.colour(values, Locale.ENGLISH);

        List<LegendClass> classes = view.legend().classes();
        assertThat(classes).hasSize(5);
        assertThat(classes).extracting(LegendClass::fill).containsExactlyElementsOf(QuantileClasses.COLOURS);
        for (int i = 0; i < classes.size(); i++) {
            assertThat(classes.get(i).lower()).isLessThanOrEqualTo(classes.get(i).upper());
            if (i > 0) {
                assertThat(classes.get(i).lower()).isGreaterThan(classes.get(i - 1).upper());
            }
        }
        assertThat(classes.get(0).lower()).isZero();
        assertThat(classes.get(4).upperText()).isEqualTo("8,432");
        assertThat(view.legend().anyWithoutData()).isFalse();
        for (Province p : view.provinces()) {
            LegendClass own = classes.stream().filter(c -> c.fill().equals(p.fill())).findFirst().orElseThrow();
            assertThat(p.value()).as(p.name()).isBetween(own.lower(), own.upper());
        }
    }

    @Test
    void withTwoDistinctValuesThereAreTwoClassesTheLargerDarkest() {
        ProvinceMapView view = MAP.colour(Map.of("01", 3L, "79", 3L, "48", 7L), VI);

        assertThat(view.legend().classes()).extracting(LegendClass::lower).containsExactly(3L, 7L);
        assertThat(province(view, "48").fill()).isEqualTo(DARKEST);
        assertThat(province(view, "01").fill()).isEqualTo(QuantileClasses.COLOURS.get(0));
        assertThat(province(view, "25").fill()).isEqualTo(QuantileClasses.NO_DATA);
        assertThat(MAP.colour(Map.of(), VI).legend().classes()).isEmpty();
    }

    static Province province(ProvinceMapView view, String code) {
        return view.provinces().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    static Inset inset(ProvinceMapView view, String key) {
        return view.insets().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    static long subpathsIn(Province province, Inset inset) {
        return subpaths(province.d()).stream().filter(r -> r.stream().allMatch(pt -> inside(pt, inset))).count();
    }

    static boolean inside(double[] point, Inset inset) {
        return point[0] >= inset.x() && point[0] <= inset.x() + inset.width()
                && point[1] >= inset.y() && point[1] <= inset.y() + inset.height();
    }

    /** The polygons of a province in the GeoJSON wholly east of 110° E or south of 8° N: the far-out islands. */
    static long islandsInFile(String code) throws IOException {
        try (InputStream in = resource(ProvinceMap.OUTLINES)) {
            var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
            for (var feature : root.path("features")) {
                if (feature.path("properties").path("code").asString().equals(code)) {
                    long count = 0;
                    for (var polygon : feature.path("geometry").path("coordinates")) {
                        boolean east = true;
                        boolean south = true;
                        for (var position : polygon.get(0)) {
                            east &= position.get(0).doubleValue() > 110;
                            south &= position.get(1).doubleValue() < 8;
                        }
                        count += east || south ? 1 : 0;
                    }
                    return count;
                }
            }
        }
        throw new AssertionError("no province " + code);
    }

    static final Pattern TOKEN = Pattern.compile("[Mlz]|-?(?:\\d+\\.?\\d*|\\.\\d+)");

    /** The rings of a path written as the map writes them: M x y l dx dy … z, in absolute points. */
    static List<List<double[]>> subpaths(String d) {
        List<List<double[]>> rings = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<double[]> ring = null;
        double x = 0, y = 0;
        for (int i = 0; i < tokens.size(); i++) {
            switch (tokens.get(i)) {
                case "M" -> {
                    x = Double.parseDouble(tokens.get(++i));
                    y = Double.parseDouble(tokens.get(++i));
                    ring = new ArrayList<>();
                    ring.add(new double[] {x, y});
                }
                case "l" -> { }
                case "z" -> rings.add(ring);
                default -> {
                    x += Double.parseDouble(tokens.get(i));
                    y += Double.parseDouble(tokens.get(++i));
                    ring.add(new double[] {x, y});
                }
            }
        }
        return rings;
    }

    static InputStream resource(String name) {
        return ProvinceMapTest.class.getClassLoader().getResourceAsStream(name);
    }
}
