package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no text of their own: every word a user reads comes from the message files, so it
 * exists in Vietnamese and English. Text inside an element whose body Thymeleaf replaces (th:text,
 * th:utext, th:replace, th:insert, sec:authentication) is only a placeholder for the designer and is
 * allowed.
 */
class TemplatesHaveNoLiteralTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Inlined expressions, [[...]] and [(...)], are not literal text. */
    static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");
    static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\|([A-Za-z0-9_.\\-]*)\\$\\{");

    @Test
    void noTemplateHasLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = parse(file);
            for (Element element : doc.getAllElements()) {
                for (Node child : element.childNodes()) {
                    if (child instanceof TextNode text && hasLetters(text.getWholeText())
                            && !bodyIsReplaced(element)) {
                        problems.add(where(file, text) + " literal text \"" + text.getWholeText().strip() + "\"");
                    }
                }
                for (String name : TEXT_ATTRIBUTES) {
                    if (hasLetters(element.attr(name)) && !hasThymeleafCounterpart(element, name)) {
                        problems.add(where(file, element) + " literal " + name + "=\"" + element.attr(name) + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("literal text in templates; use th:text=\"#{key}\" and the message files").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = MessagesTest.vietnameseKeys();
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = STATIC_KEY.matcher(source);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    problems.add(TEMPLATES.relativize(file) + ":" + line(source, m.start()) + " #{" + m.group(1) + "}");
                }
            }
            // A key built at run time (#{|role.${user.role}|}): at least its fixed start must name some keys.
            Matcher d = DYNAMIC_KEY.matcher(source);
            while (d.find()) {
                String prefix = d.group(1);
                if (!prefix.isEmpty() && keys.stream().noneMatch(k -> k.startsWith(prefix))) {
                    problems.add(TEMPLATES.relativize(file) + ":" + line(source, d.start()) + " no key starts with " + prefix);
                }
            }
        }
        assertThat(problems).as("message keys used in templates but defined in no message file").isEmpty();
    }

    /** Whether Thymeleaf replaces the body of this element or of one around it. */
    static boolean bodyIsReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("sec:authentication")) {
                return true;
            }
            String remove = e.attr("th:remove");
            if (remove.equals("all") || remove.equals("body")) {
                return true;
            }
            for (String attr : List.of("th:replace", "th:insert")) {
                // A page that hands parts of itself to a layout (layout(~{::title}, ~{::section})) keeps them.
                if (e.hasAttr(attr) && !e.attr(attr).replace(" ", "").matches(".*~\\{(this)?::.*")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasThymeleafCounterpart(Element element, String name) {
        return element.hasAttr("th:" + name) || element.attr("th:attr").matches("(?s).*\\b" + name + "\\s*=.*");
    }

    static boolean hasLetters(String text) {
        return LETTER.matcher(INLINED.matcher(text).replaceAll("")).find();
    }

    static Document parse(Path file) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(found).as("templates under " + TEMPLATES).isNotEmpty();
            return found;
        }
    }

    static String where(Path file, Node node) {
        return TEMPLATES.relativize(file) + ":" + node.sourceRange().start().lineNumber();
    }

    static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
