package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoredKeysTest {

    @Test
    void readsBackEveryPeriodKindItWrites() {
        for (Period.Kind kind : Period.Kind.values()) {
            assertThat(StoredKeys.periodKind(StoredKeys.of(kind))).isEqualTo(kind);
        }
    }

    @Test
    void keepsTheLettersTheTablesHold() {
        assertThat(List.of(Period.Kind.values()).stream().map(StoredKeys::of)).containsExactly("M", "Q", "Y", "R");
        assertThat(List.of(Boundaries.values()).stream().map(StoredKeys::of)).containsExactly("A", "R");
    }

    @Test
    void noReportingCodeCarriesAKindOrAMapAsACharacter() throws IOException {
        Pattern asChar = Pattern.compile("\\bchar(\\[\\])?\\s+\\w*(kind|Kind|boundaries|Boundaries|BOUNDARIES)\\b"
                + "|\\bFactKey\\(\\s*'|Boundaries\\(\\s*'");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/ishc/reporting"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> asChar.matcher(l).find())
                            .map(l -> f.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(found).isEmpty();
        }
    }
}
