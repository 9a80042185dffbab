package vn.ishc.reporting.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fragment {@code reporting/map :: provinceMap(map)} as a page gets it: well-formed SVG under the
 * size budget, a path with a title per province, links where given, labels in the reader's language.
 * It also leaves the rendered map as a page in target/province-map/ to look at in a browser.
 */
class ProvinceMapFragmentTest {

    /** What a cheap phone should have to fetch for the map, before compression. */
    static final int BUDGET_BYTES = 60_000;

    static final ProvinceMap MAP = new ProvinceMap();
    static SpringTemplateEngine engine;

    @BeforeAll
    static void engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/reporting");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(messages);
    }

    static String render(ProvinceMapView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        return engine.process("<div th:replace=\"~{reporting/map :: provinceMap(${view})}\"></div>", context);
    }

    static String svgOf(String html) {
        int start = html.indexOf("<svg");
        return html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Long> clubsByProvince() {
        Map<String, Long> clubs = new HashMap<>();
        List<String> codes = MAP.provinceCodes();
        for (int i = 0; i < codes.size(); i++) {
            clubs.put(codes.get(i), 20L + (i * 37L) % 400);
        }
        clubs.put("20", 460L);
        clubs.remove("92");
        return clubs;
    }

    @Test
    void theMapIsWellFormedSvgWithATitledPathPerProvinceLinkedToItsPageAndUnderBudget() throws Exception {
        ProvinceMapView view = MAP.colour(clubsByProvince(), Locale.forLanguageTag("vi"), code -> "/dashboard/" + code)
                .withCaption("Số CLB, tháng 6/2026");
        String html = render(view, Locale.forLanguageTag("vi"));
        String svg = svgOf(html);

        Element root = parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        // A group, not an image: links inside an image would be hidden from screen readers (axe "nested-interactive").
        assertThat(root.getAttribute("role")).isEqualTo("group");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 400 700");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Bản đồ các tỉnh, thành phố: Số CLB, tháng 6/2026");
        NodeList paths = root.getElementsByTagNameNS("*", "path");
        assertThat(paths.getLength()).isEqualTo(34);
        NodeList links = root.getElementsByTagNameNS("*", "a");
        assertThat(links.getLength()).isEqualTo(34);
        Element langSon = pathOf(paths, "20");
        assertThat(((Element) langSon.getParentNode()).getAttribute("href")).isEqualTo("/dashboard/20");
        assertThat(langSon.getAttribute("fill")).isEqualTo("#253494");
        assertThat(langSon.getTextContent()).isEqualTo("Tỉnh Lạng Sơn: 460");
        assertThat(((Element) langSon.getParentNode()).getAttribute("aria-label")).isEqualTo("Tỉnh Lạng Sơn: 460");
        assertThat(pathOf(paths, "92").getTextContent()).isEqualTo("Thành phố Cần Thơ: chưa có số liệu");
        assertThat(pathOf(paths, "92").getAttribute("fill")).isEqualTo(QuantileClasses.NO_DATA);
        assertThat(root.getTextContent()).contains("Quần đảo Hoàng Sa", "Quần đảo Trường Sa");
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(BUDGET_BYTES);
        assertThat(html).contains("Chưa có số liệu", "Số CLB, tháng 6/2026");

        savePage("map.html", html);
    }

    @Test
    void withoutLinksTheProvincesAreNotLinksAndTheLabelsFollowTheLocale() throws Exception {
        ProvinceMapView view = MAP.colour(Map.of("01", 12_500L, "79", 3L), Locale.ENGLISH);
        String html = render(view, Locale.ENGLISH);
        Element root = parse(svgOf(html)).getDocumentElement();

        assertThat(root.getElementsByTagNameNS("*", "a").getLength()).isZero();
        assertThat(root.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(34);
        assertThat(root.getAttribute("aria-label")).isEqualTo("Map of the provinces");
        assertThat(pathOf(root.getElementsByTagNameNS("*", "path"), "01").getTextContent())
                .isEqualTo("Thành phố Hà Nội: 12,500");
        assertThat(root.getTextContent()).contains("Hoàng Sa archipelago", "Trường Sa archipelago");
        assertThat(html).contains("No data", "3", "12,500");

        savePage("map-en.html", html);
    }

    static Element pathOf(NodeList paths, String code) {
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("data-code").equals(code)) {
                return path;
            }
        }
        throw new AssertionError("no path for province " + code);
    }

    /** The map on a page of its own, with the application's styles, to open in a browser. */
    static void savePage(String name, String fragment) throws Exception {
        String css = Files.readString(Path.of("src/main/resources/static/css/ishc.css"))
                + Files.readString(Path.of("src/main/resources/static/css/reporting.css"));
        Path dir = Files.createDirectories(Path.of("target/province-map"));
        Files.writeString(dir.resolve(name), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>" + css
                + "</style></head><body><main>" + fragment + "</main></body></html>", StandardCharsets.UTF_8);
    }
}
