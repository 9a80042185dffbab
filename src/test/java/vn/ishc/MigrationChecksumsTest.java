package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;

/**
 * Migrations are never edited once they ship. Every migration on main is pinned in
 * {@code src/test/resources/db/shipped-migrations.txt} with the checksum Flyway records for it in
 * {@code flyway_schema_history}, and migrations after V100 are numbered by the rule in the README
 * ("Numbering migrations"): {@code V<step>.<module code>}, each step one above the last on main.
 */
class MigrationChecksumsTest {

    static final Path SQL_ROOT = Path.of("src/main/resources/db/migration");
    static final Path JAVA_ROOT = Path.of("src/main/java/vn/ishc");
    static final Path LIST = Path.of("src/test/resources/db/shipped-migrations.txt");
    static final Path CONFIG = Path.of("src/main/resources/application.yml");

    /** The last version numbered before the rule: the migrations up to it keep the numbers they shipped with. */
    static final MigrationVersion LAST_BEFORE_THE_RULE = MigrationVersion.fromVersion("100");

    /** Each module's code, the second part of its versions after V100: the first version the module had. */
    static final Map<String, Integer> MODULE_CODES = Map.ofEntries(
            Map.entry("shared", 1), Map.entry("geography", 2), Map.entry("identity", 4), Map.entry("clubs", 10),
            Map.entry("members", 11), Map.entry("exchange", 30), Map.entry("meetings", 40),
            Map.entry("activities", 50), Map.entry("homecare", 60), Map.entry("longtermcare", 65), Map.entry("funds", 70),
            Map.entry("reporting", 80), Map.entry("programme", 90));

    /** Flyway's versioned migrations: {@code V<version>__<description>.sql}, or a Java class named alike. */
    static final Pattern SQL_NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]+\\.sql");
    static final Pattern JAVA_NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__\\w+\\.java");

    /** What Flyway records as the checksum of a Java migration: nothing. */
    static final String NO_CHECKSUM = "none";

    record Migration(MigrationVersion version, String path, String module, String checksum) {

        String line() {
            return String.format("%-8s %-88s %s", version, path, checksum);
        }
    }

    record Pinned(int lineNumber, MigrationVersion version, String path, String checksum) {}

    @Test
    void noShippedMigrationIsEditedRemovedRenamedOrRenumbered() {
        List<Pinned> pinned = pinned();
        Set<String> listed = pinned.stream().map(Pinned::path).collect(Collectors.toSet());
        Map<String, Migration> onDisk = byPath(migrationsOnDisk());
        List<Migration> unlisted = onDisk.values().stream().filter(m -> !listed.contains(m.path())).toList();
        List<String> problems = new ArrayList<>();
        for (Pinned p : pinned) {
            Migration now = onDisk.get(p.path());
            if (now == null) {
                problems.add(gone(p, unlisted));
            } else if (!now.checksum().equals(p.checksum())) {
                problems.add(("V%s %s has changed: pinned checksum %s, now %s. Migrations are never edited once"
                        + " shipped: a database that applied it holds %s in flyway_schema_history and would refuse"
                        + " to start. Restore it (git checkout main -- %s) and add a new migration for the change"
                        + " (README, \"Numbering migrations\"). If, and only if, it has not reached main yet, its"
                        + " line in %s becomes:%n%s").formatted(p.version(), p.path(), p.checksum(), now.checksum(),
                        p.checksum(), p.path(), LIST, now.line()));
            } else if (!now.version().equals(p.version())) {
                problems.add("%s line %d pins %s as V%s, but its name makes it V%s: the line should read%n%s"
                        .formatted(LIST, p.lineNumber(), p.path(), p.version(), now.version(), now.line()));
            }
        }
        assertThat(problems).withFailMessage("%s", report(problems)).isEmpty();
    }

    /** A pinned migration whose file is gone, and where it seems to have gone (an unlisted file with its checksum). */
    static String gone(Pinned p, Collection<Migration> unlisted) {
        String movedTo = unlisted.stream()
                .filter(m -> !NO_CHECKSUM.equals(p.checksum()) && m.checksum().equals(p.checksum()))
                .map(m -> " It looks moved to " + m.path() + ": move it back.")
                .findFirst().orElse("");
        return ("V%s %s is pinned in %s but is gone.%s A shipped migration is never removed, renamed or renumbered:"
                + " databases have applied it under this version and name. Restore it (git checkout main -- %s).")
                .formatted(p.version(), p.path(), LIST, movedTo, p.path());
    }

    @Test
    void everyMigrationIsPinnedInTheList() {
        Set<String> listed = pinned().stream().map(Pinned::path).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Migration m : migrationsOnDisk()) {
            if (!listed.contains(m.path())) {
                problems.add(("%s is not in %s. Every migration is pinned there in the commit that adds it, so"
                        + " that once it is on main it can never change unseen. Add this line at the end of the"
                        + " list (while the migration is not on main yet, change it freely and copy its line"
                        + " again from this message):%n%s").formatted(m.path(), LIST, m.line()));
            }
        }
        for (Path stray : straysUnderMigrations()) {
            problems.add(("%s is not named as a Flyway migration this project runs (<module>/V<version>__<description>"
                    + ".sql): Flyway would skip it without a word. Rename it by the rule in the README"
                    + " (\"Numbering migrations\") or move it out of db/migration.").formatted(stray));
        }
        assertThat(problems).withFailMessage("%s", report(problems)).isEmpty();
    }

    @Test
    void noTwoMigrationsShareAVersion() {
        List<String> problems = new ArrayList<>();
        migrationsOnDisk().stream()
                .collect(Collectors.groupingBy(Migration::version, LinkedHashMap::new, Collectors.toList()))
                .forEach((version, same) -> {
                    if (same.size() > 1) {
                        problems.add("V%s is the version of %s: Flyway refuses to start with two migrations of one"
                                .formatted(version, same.stream().map(Migration::path).toList())
                                + " version. The one that is not on main yet takes the next version (README,"
                                + " \"Numbering migrations\").");
                    }
                });
        pinned().stream()
                .collect(Collectors.groupingBy(Pinned::version, LinkedHashMap::new, Collectors.toList()))
                .forEach((version, same) -> {
                    if (same.size() > 1) {
                        problems.add("%s pins V%s on lines %s: one version, one line."
                                .formatted(LIST, version, same.stream().map(Pinned::lineNumber).toList()));
                    }
                });
        assertThat(problems).withFailMessage("%s", report(problems)).isEmpty();
    }

    @Test
    void migrationsAfterV100AreNumberedByTheRule() {
        Set<String> listed = pinned().stream().map(Pinned::path).collect(Collectors.toSet());
        List<Migration> sequence = inShippingOrder();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < sequence.size(); i++) {
            numberingProblem(sequence.get(i - 1), sequence.get(i), listed).ifPresent(problems::add);
        }
        assertThat(problems).withFailMessage("%s", report(problems)).isEmpty();
    }

    /** The listed migrations in the list's order, then those not listed yet as if added at the end, by version. */
    static List<Migration> inShippingOrder() {
        Map<String, Migration> onDisk = byPath(migrationsOnDisk());
        List<Migration> sequence = new ArrayList<>();
        for (Pinned p : pinned()) {
            Migration m = onDisk.remove(p.path());
            sequence.add(m != null ? m : new Migration(p.version(), p.path(), moduleOf(p.path()), p.checksum()));
        }
        onDisk.values().stream().sorted(Comparator.comparing(Migration::version)).forEach(sequence::add);
        return sequence;
    }

    /**
     * What is wrong with a migration's version given the one before it: each is above the one before (Flyway,
     * with {@code outOfOrder} off, refuses a version below one a database has applied); after V100 the step is
     * one more than the step before, so two branches that add migrations at the same time cannot both land
     * without one of them renumbering, and the second part is the module's code.
     */
    static Optional<String> numberingProblem(Migration before, Migration m, Set<String> listed) {
        String where = listed.contains(m.path()) ? "In " + LIST + ", " + m.path() : m.path();
        if (!m.version().isNewerThan(before.version())) {
            return Optional.of(("%s (V%s) comes after V%s (%s). Each migration's version is above every one before"
                    + " it, in the order they reach main: Flyway refuses on an existing database a version below one"
                    + " it has applied. Never move a line above one that is on main.")
                    .formatted(where, m.version(), before.version(), before.path()));
        }
        if (!m.version().isNewerThan(LAST_BEFORE_THE_RULE)) {
            return Optional.empty();
        }
        Integer code = MODULE_CODES.get(m.module());
        if (code == null) {
            return Optional.of(("%s belongs to the module %s, which has no code yet: give it one no module has, in"
                    + " the README's table (\"Numbering migrations\") and in MigrationChecksumsTest.MODULE_CODES.")
                    .formatted(m.path(), m.module()));
        }
        MigrationVersion expected =
                MigrationVersion.fromVersion(before.version().getMajor().add(BigInteger.ONE) + "." + code);
        if (m.version().getVersion().equals(expected.getVersion())) {
            return Optional.empty();
        }
        String onMain = listed.contains(m.path())
                ? " If it is on main already, it stays: the migration above it that is not on main yet takes the"
                        + " next step instead, and its line goes last."
                : "";
        return Optional.of(("%s is V%s; by the rule it is V%s: the step after V%s (%s), then the code of %s (%d)."
                + " Rename it %s before it reaches main (README, \"Numbering migrations\").%s")
                .formatted(where, m.version(), expected, before.version(), before.path(), m.module(), code,
                        renamed(m.path(), expected), onMain));
    }

    @Test
    void flywayIsToldOfEveryModulesMigrationFolder() {
        Matcher locations = Pattern.compile("classpath:db/migration/([\\w-]+)").matcher(read(CONFIG));
        Set<String> configured = new TreeSet<>();
        while (locations.find()) {
            configured.add(locations.group(1));
        }
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SQL_ROOT)) {
            dirs.filter(Files::isDirectory).forEach(d -> folders.add(d.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(configured)
                .withFailMessage("spring.flyway.locations in %s names %s; the migration folders are %s. Flyway runs"
                        + " only the folders it is told of.", CONFIG, configured, folders)
                .isEqualTo(folders);
    }

    static List<Migration> migrationsOnDisk() {
        List<Migration> found = new ArrayList<>();
        for (Path file : files(SQL_ROOT)) {
            Path relative = SQL_ROOT.relativize(file);
            Matcher name = SQL_NAME.matcher(file.getFileName().toString());
            if (relative.getNameCount() > 1 && name.matches()) {
                found.add(new Migration(version(name.group(1)), unix(file), relative.getName(0).toString(),
                        Integer.toString(flywayChecksum(file))));
            }
        }
        for (Path file : files(JAVA_ROOT)) {
            Matcher name = JAVA_NAME.matcher(file.getFileName().toString());
            if (name.matches()) {
                found.add(new Migration(version(name.group(1)), unix(file),
                        JAVA_ROOT.relativize(file).getName(0).toString(), NO_CHECKSUM));
            }
        }
        return found;
    }

    static List<Path> straysUnderMigrations() {
        return files(SQL_ROOT).stream()
                .filter(f -> SQL_ROOT.relativize(f).getNameCount() < 2
                        || !SQL_NAME.matcher(f.getFileName().toString()).matches())
                .toList();
    }

    /**
     * The checksum Flyway computes for an SQL migration and keeps in {@code flyway_schema_history}: its own
     * calculator (a CRC32 over the file's lines read as UTF-8, line endings left out), on the file as it is
     * in the repository.
     */
    static int flywayChecksum(Path file) {
        return ChecksumCalculator.calculate(
                new FileSystemResource(null, file.toString(), StandardCharsets.UTF_8, false));
    }

    static List<Pinned> pinned() {
        List<Pinned> pinned = new ArrayList<>();
        List<String> lines = read(LIST).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            assertThat(fields).as("%s line %d: version, path and checksum, apart by spaces", LIST, i + 1).hasSize(3);
            pinned.add(new Pinned(i + 1, MigrationVersion.fromVersion(fields[0]), fields[1], fields[2]));
        }
        return pinned;
    }

    static Map<String, Migration> byPath(List<Migration> migrations) {
        Map<String, Migration> byPath = new LinkedHashMap<>();
        migrations.forEach(m -> byPath.put(m.path(), m));
        return byPath;
    }

    static String moduleOf(String path) {
        Path p = Path.of(path);
        Path root = p.startsWith(SQL_ROOT) ? SQL_ROOT : JAVA_ROOT;
        Path relative = root.relativize(p);
        return p.startsWith(root) && relative.getNameCount() > 1 ? relative.getName(0).toString() : "?";
    }

    static String renamed(String path, MigrationVersion version) {
        String name = Path.of(path).getFileName().toString();
        String versionText = path.endsWith(".java") ? version.getVersion().replace('.', '_') : version.getVersion();
        return name.replaceFirst("^V[\\d._]+__", "V" + versionText + "__");
    }

    static MigrationVersion version(String text) {
        return MigrationVersion.fromVersion(text.replace('_', '.'));
    }

    static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unix(Path path) {
        return path.toString().replace('\\', '/');
    }

    static String report(List<String> problems) {
        return problems.size() + " migration problem(s):\n\n" + String.join("\n\n", problems);
    }
}
