package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * On a phone a table folds into cards, one per row, and each value is shown after its label (data-label),
 * since the column headings are hidden: a bare number on a card means nothing. A column without a heading
 * (the row's name, its actions) needs none; a table of pairs (class "pairs") is a name, then its amount.
 */
class PhoneTablesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /**
     * The forms printed on A4 paper (made into PDF by PdfRenderer, never shown on a phone): their tables are
     * the paper's grid, not a list that folds into cards. The annual summary is a page as well as a PDF, so it
     * is not among them.
     */
    static final Set<String> PAPER_FORMS = Set.of("meetings/register.html", "homecare/visit-sheet.html",
            "funds/statement-print.html", "funds/loan-card.html", "funds/passbook.html");

    @Test
    void everyValueInATableOfEveryPageHasItsLabel() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String page : pages()) {
            String source = Files.readString(TEMPLATES.resolve(page), StandardCharsets.UTF_8);
            missing.addAll(unlabelled(page, Jsoup.parse(source, "", Parser.htmlParser())));
        }
        assertThat(missing).as("table cells without data-label (th:attr=\"data-label=#{...}\")").isEmpty();
    }

    @Test
    void thePaperFormsLeftOutAreTemplatesThatExist() throws IOException {
        assertThat(PAPER_FORMS).allSatisfy(form -> assertThat(TEMPLATES.resolve(form)).isRegularFile());
        assertThat(pages()).hasSizeGreaterThan(40).doesNotContainAnyElementsOf(PAPER_FORMS).contains("clubs/club.html",
                "reporting/club-month.html", "homecare/club.html");
    }

    /** Every template, as a path under templates with '/' between folders, but the paper forms. */
    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html"))
                    .map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                    .filter(page -> !PAPER_FORMS.contains(page)).sorted().toList();
        }
    }

    @Test
    void aCellWithoutItsLabelIsFound() {
        Document doc = Jsoup.parse("""
                <table class="list"><thead><tr><th></th><th th:text="#{funds.cash}">cash</th></tr></thead>
                <tbody><tr><td>name</td><td class="money">1.000</td></tr></tbody></table>
                <table class="list pairs"><tbody><tr><td>cash box</td><td>1.000</td></tr></tbody></table>""");
        assertThat(unlabelled("test", doc)).singleElement().asString().contains("1.000");
    }

    static List<String> unlabelled(String page, Document doc) {
        List<String> missing = new ArrayList<>();
        for (Element table : doc.select("table.list:not(.pairs)")) {
            Elements headings = table.select("> thead > tr > th");
            for (Element row : table.select("> tbody > tr")) {
                Elements cells = row.select("> td");
                for (int i = 0; i < cells.size(); i++) {
                    Element cell = cells.get(i);
                    boolean unnamedColumn = i < headings.size() && !headings.get(i).hasAttr("th:text");
                    if (!unnamedColumn && !cell.hasAttr("data-label") && !cell.attr("th:attr").contains("data-label=")) {
                        missing.add(page + " #" + table.id() + " column " + (i + 1) + ": " + cell.outerHtml());
                    }
                }
            }
        }
        return missing;
    }
}
