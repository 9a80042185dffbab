package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every text the user reads exists in Vietnamese (the default file) and in English, under the same
 * keys, and no text is empty.
 */
class MessagesTest {

    static final Path DIR = Path.of("src/main/resources/messages");

    /** The basenames: each {@code X.properties} (Vietnamese) with its {@code X_en.properties}. */
    static Set<String> basenames() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties"))
                    .map(n -> n.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** All keys of the Vietnamese files, for tests that check keys used elsewhere. */
    static Set<String> vietnameseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String base : basenames()) {
            Path vi = DIR.resolve(base + ".properties");
            if (Files.exists(vi)) {
                keys.addAll(load(vi).stringPropertyNames());
            }
        }
        return keys;
    }

    @Test
    void everyBasenameHasTheVietnameseAndTheEnglishFileWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String base : basenames()) {
            Path vi = DIR.resolve(base + ".properties");
            Path en = DIR.resolve(base + "_en.properties");
            if (!Files.exists(vi) || !Files.exists(en)) {
                problems.add(base + ": needs both " + vi.getFileName() + " and " + en.getFileName());
                continue;
            }
            Set<String> viKeys = load(vi).stringPropertyNames();
            Set<String> enKeys = load(en).stringPropertyNames();
            new TreeSet<>(viKeys).stream().filter(k -> !enKeys.contains(k))
                    .forEach(k -> problems.add("missing in " + en.getFileName() + ": " + k));
            new TreeSet<>(enKeys).stream().filter(k -> !viKeys.contains(k))
                    .forEach(k -> problems.add("missing in " + vi.getFileName() + ": " + k));
        }
        assertThat(problems).as("keys missing in one language").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            load(file).forEach((k, v) -> {
                if (v.toString().isBlank()) {
                    problems.add(file.getFileName() + ": " + k);
                }
            });
        }
        assertThat(problems).as("empty texts").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                    continue;
                }
                String key = l.split("\\s*[=:]", 2)[0];
                if (!seen.add(key)) {
                    problems.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(problems).as("keys defined twice").isEmpty();
    }

    @Test
    void everyMessageFileIsConfiguredAsABasename() throws IOException {
        Map<String, Object> config;
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.yml"), StandardCharsets.UTF_8)) {
            config = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) config.get("spring")).get("messages");
        Set<String> configured = new TreeSet<>(Arrays.stream(messages.get("basename").toString().split(","))
                .map(String::strip).toList());
        Set<String> present = new TreeSet<>(basenames().stream().map(b -> "messages/" + b).toList());
        assertThat(configured).as("spring.messages.basename").containsExactlyElementsOf(present);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    /** Labels the pages look up by an enum value's name ("entryKind.${e.kind}") exist for every value. */
    @Test
    void everyValueOfAnEnumThePagesNameHasItsLabel() throws IOException {
        Map<String, Class<? extends Enum<?>>> families = Map.of(
                "entryKind", vn.ishc.funds.Entry.Kind.class,
                "source", vn.ishc.funds.Entry.Source.class,
                "fundKind", vn.ishc.funds.Fund.Kind.class,
                "loanStatus", vn.ishc.funds.Loans.Status.class,
                "loanPurpose", vn.ishc.funds.Loans.Purpose.class,
                "loanMethod", vn.ishc.funds.LoanSchedule.Method.class,
                "loanRepayment", vn.ishc.funds.LoanSchedule.Repayment.class,
                "boardRole", vn.ishc.clubs.BoardRole.class,
                "clubStatus", vn.ishc.clubs.ClubStatus.class,
                "activityKind", vn.ishc.activities.ActivityKind.class);
        Set<String> keys = vietnameseKeys();
        List<String> missing = new ArrayList<>();
        families.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!keys.contains(prefix + "." + value.name())) {
                    missing.add(prefix + "." + value.name());
                }
            }
        });
        assertThat(missing).isEmpty();
    }
}
