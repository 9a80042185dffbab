package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** The pages a club's board uses on the phone. */
    static final List<String> PHONE_PAGES = List.of("clubs/club.html", "funds/funds.html", "funds/loans.html",
            "funds/loan.html", "funds/bank-account.html", "funds/fees.html", "funds/meeting-money.html");

    @Test
    void everyValueInATableOfThePhonePagesHasItsLabel() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String page : PHONE_PAGES) {
            String source = Files.readString(TEMPLATES.resolve(page), StandardCharsets.UTF_8);
            missing.addAll(unlabelled(page, Jsoup.parse(source, "", Parser.htmlParser())));
        }
        assertThat(missing).as("table cells without data-label (th:attr=\"data-label=#{...}\")").isEmpty();
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
