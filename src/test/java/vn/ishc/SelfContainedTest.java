package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh clone in an empty folder builds, tests and runs: no source and no build file names a path
 * that leaves the repository (one that starts by going up, out of it). Material the project needs from outside
 * is copied in, with its licence.
 */
class SelfContainedTest {

    /** Files read as text; fonts, workbooks and other binaries are skipped. */
    static final Set<String> TEXT = Set.of("java", "yml", "yaml", "properties", "xml", "xsd", "html", "css", "js",
            "sql", "md", "txt", "json", "geojson", "csv", "sh");
    /** A path that starts by going up: at the start of a line or a string, or after a space, a bracket or "=". */
    static final Pattern UP = Pattern.compile("(^|[\\s\"'`(=])\\.\\./");

    @Test
    void noSourceNamesAPathOutsideTheRepository() throws IOException {
        List<Path> files = new ArrayList<>(textFiles(Path.of("src")));
        files.add(Path.of("pom.xml"));
        assertThat(files).as("files read").hasSizeGreaterThan(300);
        assertThat(pathsOutside(files)).as("paths that leave the repository (file:line: text)").isEmpty();
    }

    @Test
    void aPathThatGoesUpOutOfTheRepositoryIsFound() {
        assertThat(UP.matcher("Path.of(\"" + ".." + "/shared/domain/indicators.md\")").find()).isTrue();
        assertThat(UP.matcher("see " + ".." + "/shared/README.md").find()).isTrue();
        assertThat(UP.matcher("resolve(\"/css/" + ".." + "/" + ".." + "/application.yml\")").find())
                .as("a path inside the repository that goes up within it").isFalse();
    }

    static List<Path> textFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> TEXT.contains(extension(f))).toList();
        }
    }

    static List<String> pathsOutside(List<Path> files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (UP.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
