package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reporting code runs SQL that is written whole (text blocks with named parameters) or built typed
 * ({@link ReportingTables}); it never hands {@code jdbc.sql(...)} or {@code batchUpdate(...)} a statement
 * joined with {@code +}, rewritten with {@code replace}, or formatted.
 */
class AssembledSqlTest {

    /** Files whose statements are still joined from fragments; the list only shrinks. */
    private static final Set<String> NOT_YET = Set.of("Sums.java", "RangePeople.java", "Dhis2OrgUnits.java");

    @Test
    void noStatementIsJoinedRewrittenOrFormatted() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/ishc/reporting"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !NOT_YET.contains(f.getFileName().toString()))
                    .flatMap(f -> assembled(f).stream()).toList();
            assertThat(found).isEmpty();
        }
    }

    @Test
    void findsAJoinedOrRewrittenStatement() {
        assertThat(assembled("jdbc.sql(\"select * from rpt_\" + k).update();")).hasSize(1);
        assertThat(assembled("jdbc.sql(t(\"select 1\")).update();")).hasSize(1);
        assertThat(assembled("jdbc.sql(sql.replace(\"a\", \"b\")).update();")).hasSize(1);
        assertThat(assembled("jdbc.sql(\"select %s\".formatted(x)).update();")).hasSize(1);
        assertThat(assembled("batch.batchUpdate(\"delete from \" + table, rows);")).hasSize(1);
        assertThat(assembled("jdbc.sql(\"\"\"\n  select a + 1 from x where y = :y\"\"\").param(\"y\", 1);")).isEmpty();
        assertThat(assembled("jdbc.sql(\"select a\" \n).param(\"p\", a + b);")).isEmpty();
        assertThat(assembled("jdbc.sql(statements.factsOfClub()).param(\"c\", c);")).isEmpty();
    }

    private static List<String> assembled(Path file) {
        try {
            return assembled(Files.readString(file)).stream().map(s -> file.getFileName() + ": " + s).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments of the statements run in this source that are not one literal, a name or a typed call. */
    static List<String> assembled(String source) {
        List<String> out = new ArrayList<>();
        for (String call : List.of("jdbc.sql(", "batchUpdate(")) {
            int at = source.indexOf(call);
            while (at >= 0) {
                String argument = firstArgument(source, at + call.length());
                String code = withoutLiterals(argument);
                if (code.contains("+") || code.contains(".replace") || code.contains(".formatted(")
                        || code.contains("format(") || code.matches("(?s)\\s*t\\(.*")) {
                    out.add(argument.strip().replaceAll("\\s+", " "));
                }
                at = source.indexOf(call, at + call.length());
            }
        }
        return out;
    }

    /** The text up to the comma or closing parenthesis that ends the first argument, literals kept whole. */
    private static String firstArgument(String s, int from) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            if (s.startsWith("\"\"\"", i)) {
                i = s.indexOf("\"\"\"", i + 3) + 3;
                continue;
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' || c == ',') {
                if (depth == 0) {
                    return s.substring(from, i);
                }
                if (c == ')') {
                    depth--;
                }
            }
            i++;
        }
        return s.substring(from);
    }

    private static String withoutLiterals(String s) {
        return s.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
