package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/indicators.md says where each indicator is shown, as {@link Indicator.Shown} does. */
class IndicatorsDocTest {

    /** The lines of the places that show some indicators only, as the document writes them. */
    static String whereShown() {
        StringBuilder out = new StringBuilder();
        for (Indicator.Shown place : Indicator.Shown.values()) {
            if (place.indicators().size() < Indicator.values().length) {
                out.append("- ").append(place.name()).append(": ")
                        .append(place.codes().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void theDocumentListsThePlacesEachIndicatorIsShown() throws IOException {
        String doc = Files.readString(Path.of("docs/indicators.md"));
        assertThat(doc).contains("## Where shown").contains(whereShown());
    }

    @Test
    void everyIndicatorIsExportedAndOnTheMap() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.shown()).contains(Indicator.Shown.EXPORTS, Indicator.Shown.DASHBOARD_MAP);
        }
        assertThat(Indicator.MEMBERS.shown()).containsExactlyInAnyOrder(Indicator.Shown.values());
        assertThat(Indicator.AWARDS.shown()).containsExactlyInAnyOrder(Indicator.Shown.DASHBOARD_MAP,
                Indicator.Shown.EXPORTS);
    }
}
