package vn.ishc.reporting.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ishc.reporting.map.ProvinceMapView.Province;

/** The map of one province's communes: a path per commune, inside the box, coloured as the provinces are. */
class CommuneMapTest {

    static final CommuneMap MAP = new CommuneMap();
    static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern MOVE = Pattern.compile("M(-?[\\d.]+)[ ,]?(-?[\\d.]+)");

    @Test
    void drawsEveryCommuneOfLangSonInsideItsBoxColouredByItsValue() {
        ProvinceMapView view = MAP.colour("20", Map.of("06058", 12L, "05977", 1L), Map.of("06058", "Xã Quốc Việt"),
                VI, code -> "/dashboard?area=20." + code);

        assertThat(view.communes()).isTrue();
        assertThat(view.provinces()).hasSizeGreaterThan(60).allSatisfy(p -> {
            assertThat(p.d()).startsWith("M");
            assertThat(p.href()).isEqualTo("/dashboard?area=20." + p.code());
        });
        String[] box = view.viewBox().split(" ");
        int width = Integer.parseInt(box[2]);
        int height = Integer.parseInt(box[3]);
        assertThat(width).isEqualTo(400);
        for (Province p : view.provinces()) {
            Matcher m = MOVE.matcher(p.d());
            while (m.find()) {
                assertThat(Double.parseDouble(m.group(1))).isBetween(0.0, (double) width);
                assertThat(Double.parseDouble(m.group(2))).isBetween(0.0, (double) height);
            }
        }
        Province named = view.provinces().stream().filter(p -> p.code().equals("06058")).findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo("Xã Quốc Việt");
        assertThat(named.fill()).isEqualTo("#253494");
        assertThat(named.valueText()).isEqualTo("12");
        assertThat(view.provinces()).filteredOn(p -> !p.hasValue()).allSatisfy(p -> assertThat(p.fill()).isEqualTo("#cccccc"));
        assertThat(view.legend().anyWithoutData()).isTrue();
    }

    @Test
    void daNangDrawsTheHoangSaSpecialZoneInItsOwnBoxAndHanoiNoBox() {
        ProvinceMapView daNang = MAP.colour("48", Map.of(), Map.of(), VI, code -> null);
        assertThat(daNang.insets()).extracting(ProvinceMapView.Inset::key).containsExactly("hoangSa");
        assertThat(MAP.colour("56", Map.of(), Map.of(), VI, code -> null).insets())
                .extracting(ProvinceMapView.Inset::key).containsExactly("truongSa");
        assertThat(MAP.colour("01", Map.of(), Map.of(), VI, code -> null).insets()).isEmpty();
        assertThat(MAP.draws("17")).isFalse();
        assertThat(CommuneMap.PROVINCES).allSatisfy(code -> assertThat(MAP.draws(code)).isTrue());
        assertThat(List.of("01", "79")).allSatisfy(code ->
                assertThat(MAP.colour(code, Map.of(), Map.of(), VI, c -> null).provinces()).hasSizeGreaterThan(100));
    }
}
