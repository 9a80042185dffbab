package vn.ishc.reporting.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.reporting.map.MapOutlines.Outline;
import vn.ishc.reporting.map.MapOutlines.Ring;

class CommuneOutlinesConverterTest {

    /** A square ward of 0.03° drawn as a staircase on the 0.003° grid of the source: 41 points. */
    static String staircaseWard() {
        StringBuilder ring = new StringBuilder();
        int[][] corners = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
        for (int c = 0; c < 4; c++) {
            for (int step = 0; step < 10; step++) {
                double lon = 105.8 + 0.003 * (corners[c][0] + (corners[c + 1][0] - corners[c][0]) * step / 10.0);
                double lat = 21.0 + 0.003 * (corners[c][1] + (corners[c + 1][1] - corners[c][1]) * step / 10.0);
                // every other point 0.001° off the side: noise well under the tolerance
                double wobble = step % 2 == 1 ? 0.001 : 0;
                ring.append(String.format(java.util.Locale.ROOT, "[%.4f,%.4f],", lon + wobble, lat));
            }
        }
        ring.append("[105.8,21.0]");
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"00004\",\"name\":\"Phường Ba Đình\"},\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":[[[" + ring + "]]]}}]}";
    }

    @Test
    void aCommuneKeepsItsCodeNameAndShapeWithFarFewerPoints() {
        String source = staircaseWard();
        String converted = CommuneOutlinesConverter.convert(stream(source));

        List<Outline> outlines = MapOutlines.read(stream(converted));
        assertThat(outlines).hasSize(1);
        Outline ward = outlines.get(0);
        assertThat(ward.code()).isEqualTo("00004");
        assertThat(ward.name()).isEqualTo("Phường Ba Đình");
        Ring ring = ward.polygons().get(0).rings().get(0);
        // the four corners and the closing point
        assertThat(ring.size()).isEqualTo(5);
        assertThat(ring.longitudes()[0]).isEqualTo(ring.longitudes()[4]);
        assertThat(ring.latitudes()).contains(21.0, 21.03);
        assertThat(ring.longitudes()).contains(105.8, 105.83);
        assertThat(converted.length()).isLessThan(source.length() / 3);
    }

    @Test
    void aRingTooSmallToSimplifyIsKeptAsItIs() {
        double[] lon = {105.8, 105.801, 105.801, 105.8};
        double[] lat = {21.0, 21.0, 21.001, 21.0};
        Ring kept = CommuneOutlinesConverter.simplify(new Ring(lon, lat));
        assertThat(kept.size()).isEqualTo(4);
    }

    @Test
    void everyProvinceHasItsCommunesInTheProjectSmallEnoughForAPhone() throws IOException {
        long bytes = 0;
        int communes = 0;
        for (String province : CommuneMap.PROVINCES) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream(String.format(CommuneMap.OUTLINES, province))) {
                assertThat(in).as(province).isNotNull();
                byte[] all = in.readAllBytes();
                bytes += all.length;
                communes += MapOutlines.read(new ByteArrayInputStream(all)).size();
            }
        }
        assertThat(CommuneMap.PROVINCES).hasSize(34);
        assertThat(communes).isEqualTo(3321);
        assertThat(bytes).isLessThan(3_000_000);
        try (InputStream hanoi = getClass().getClassLoader().getResourceAsStream(String.format(CommuneMap.OUTLINES, "01"))) {
            assertThat(MapOutlines.read(hanoi)).anySatisfy(o -> {
                assertThat(o.code()).isEqualTo("00004");
                assertThat(o.name()).isEqualTo("Phường Ba Đình");
                assertThat(o.polygons().get(0).rings().get(0).size()).isBetween(4, 31);
            });
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
