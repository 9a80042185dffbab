package vn.ishc.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every code of the indicator catalogue (docs/indicator-catalogue.md) has a name and a definition in
 * both languages, and every disaggregation option a label.
 */
class IndicatorCatalogueMessagesTest {

    /** The programme's catalogue, kept in the repository. */
    static final Path CATALOGUE = Path.of("docs/indicator-catalogue.md");
    /** The codes this system added to the catalogue, for the national targets. */
    static final Path ADDED = Path.of("docs/indicators.md");
    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| ([^|]+)\\|");
    static final Pattern ATTRIBUTE = Pattern.compile("`([A-Z_]+)` = ((?:`[A-Z0-9_]+`(?: \\| )?)+)");
    static final Pattern AREA = Pattern.compile("`([A-Z]+)` \\(");

    /** The codes of the catalogue's tables and of those added, with their definitions: rows starting "| `CODE` |". */
    static Map<String, String> catalogue() throws IOException {
        Map<String, String> codes = rows(CATALOGUE);
        Map<String, String> added = rows(ADDED);
        assertThat(added.keySet()).as("codes added that the catalogue has").doesNotContainAnyElementsOf(codes.keySet());
        codes.putAll(added);
        return codes;
    }

    static Map<String, String> rows(Path file) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                codes.put(m.group(1), m.group(2).strip());
            }
        }
        return codes;
    }

    @Test
    void everyIndicatorComputedIsInTheCatalogueOrAdded() throws IOException {
        Set<String> codes = catalogue().keySet();
        assertThat(java.util.Arrays.stream(vn.ishc.reporting.Indicator.values()).map(Enum::name))
                .as("codes computed").allMatch(codes::contains);
        assertThat(rows(ADDED)).containsKeys("PROVINCES_WITH_CLUB", "PROVINCES_TOTAL", "MEMBERS_OLDER", "MEMBERS_NEW_OLDER",
                "PAR1", "PAR90", "PAR180", "LOAN_LOSS_PROVISION");
    }

    /** The disaggregation options as "ATTR.OPTION", from the paragraph of attribute codes and the areas. */
    static Set<String> options() throws IOException {
        String text = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        String attributes = text.substring(text.indexOf("Disaggregation attribute codes"), text.indexOf("Activity areas"));
        Set<String> options = new TreeSet<>();
        Matcher m = ATTRIBUTE.matcher(attributes.replace("\n", " "));
        while (m.find()) {
            for (String option : m.group(2).split(" \\| ")) {
                options.add(m.group(1) + "." + option.replace("`", ""));
            }
        }
        // The attributes added beside the catalogue (the loans' age overdue), said the same way.
        String added = Files.readString(ADDED, StandardCharsets.UTF_8);
        int from = added.indexOf("Disaggregation attribute codes added");
        Matcher more = ATTRIBUTE.matcher(added.substring(from, added.indexOf("\n\n", from)).replace("\n", " "));
        while (more.find()) {
            for (String option : more.group(2).split(" \\| ")) {
                options.add(more.group(1) + "." + option.replace("`", ""));
            }
        }
        String areas = text.substring(text.indexOf("Activity areas (`AREA`):"), text.indexOf("## Coverage"));
        Matcher a = AREA.matcher(areas.replace("\n", " "));
        while (a.find()) {
            options.add("AREA." + a.group(1));
        }
        return options;
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theCatalogueIsRead() throws IOException {
        Map<String, String> codes = catalogue();
        assertThat(codes).hasSizeGreaterThan(50).containsKeys("CLUBS_ACTIVE", "MEMBERS", "PAR30", "AWARDS");
        assertThat(options()).contains("SEX.F", "AGE.A80P", "HH.NEAR_POOR", "ETHNIC_MINORITY.Y",
                "SOURCE.MEMBERS", "AREA.INCOME", "AREA.RESOURCES", "OVERDUE.CURRENT", "OVERDUE.D181P")
                .hasSize(2 + 5 + 3 + 2 + 7 + 8 + 5);
    }

    @Test
    void everyCodeHasANameAndADefinitionInBothLanguagesAndNoOtherCodeHasOne() throws IOException {
        Set<String> codes = catalogue().keySet();
        for (String file : List.of("reporting.properties", "reporting_en.properties")) {
            Properties messages = load(file);
            List<String> missing = new ArrayList<>();
            for (String code : codes) {
                for (String part : List.of("name", "definition")) {
                    String text = messages.getProperty("indicator." + code + "." + part);
                    if (text == null || text.isBlank()) {
                        missing.add("indicator." + code + "." + part);
                    }
                }
            }
            Set<String> named = messages.stringPropertyNames().stream().filter(k -> k.startsWith("indicator."))
                    .map(k -> k.split("\\.")[1]).collect(Collectors.toCollection(TreeSet::new));
            assertThat(missing).as(file + ": missing").isEmpty();
            assertThat(named).as(file + ": indicator codes").isEqualTo(new TreeSet<>(codes));
        }
    }

    /** Worded to stand alone in a sheet: "all three above" and "≥" say little out of the catalogue's table. */
    static final Set<String> REWORDED = Set.of("CLUBS_STANDARD_OK", "MEMBERS_HYPERTENSIVE");

    @Test
    void theEnglishDefinitionIsTheCataloguesSoThatAChangeThereShowsHere() throws IOException {
        Properties english = load("reporting_en.properties");
        catalogue().forEach((code, definition) -> {
            if (!REWORDED.contains(code)) {
                String plain = definition.replace("`", "");
                String ours = english.getProperty("indicator." + code + ".definition");
                assertThat(ours).as(code).isEqualTo(Character.toUpperCase(plain.charAt(0)) + plain.substring(1));
            }
        });
    }

    @Test
    void everyDisaggregationOptionHasALabelInBothLanguages() throws IOException {
        for (String file : List.of("reporting.properties", "reporting_en.properties")) {
            Properties messages = load(file);
            List<String> missing = options().stream()
                    .map(o -> o.startsWith("AREA.") ? "area." + o.substring(5) : "dim." + o)
                    .filter(k -> messages.getProperty(k) == null).toList();
            assertThat(missing).as(file).isEmpty();
        }
    }
}
