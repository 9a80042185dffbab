package vn.ishc.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.reporting.export.ExportFixtures.areas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Period;
import vn.ishc.shared.InvalidInputException;

class AdxWriterTest {

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String adx(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2025-01-10T02:30:00Z\">"
                + body + "</adx>";
    }

    static List<String> problems(String document) {
        return AdxValidator.problems(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theExportOfAProvinceAndTwoCommunesValidatesAgainstTheAdxSchema() {
        byte[] xml = ExportFixtures.adx(areas());

        assertThat(AdxValidator.problems(xml)).isEmpty();
        assertThat(AdxValidator.isValid(xml)).isTrue();
    }

    @Test
    void writesOneGroupPerAreaAndPeriodAndTheDisaggregationsAsAttributes() throws Exception {
        Document doc = parse(ExportFixtures.adx(areas()));

        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
        assertThat(root.getLocalName()).isEqualTo("adx");
        assertThat(root.getAttribute("exported")).isEqualTo("2025-01-10T02:30:00Z");
        NodeList groups = root.getElementsByTagNameNS(AdxWriter.NAMESPACE, "group");
        assertThat(groups.getLength()).isEqualTo(6);
        Element commune = (Element) groups.item(1);
        assertThat(commune.getAttribute("orgUnit")).isEqualTo("06325");
        assertThat(commune.getAttribute("period")).isEqualTo("2024-12-01/P1M");
        assertThat(((Element) groups.item(3)).getAttribute("period")).isEqualTo("2024-01-01/P1Y");
        assertThat(commune.hasAttribute("completeDate")).isFalse();

        NodeList values = commune.getElementsByTagNameNS(AdxWriter.NAMESPACE, "dataValue");
        assertThat(values.getLength()).isEqualTo(8);
        Element total = (Element) values.item(1);
        assertThat(total.getAttribute("dataElement")).isEqualTo("MEMBERS");
        assertThat(total.getAttribute("value")).isEqualTo("118");
        assertThat(total.getAttributes().getLength()).isEqualTo(2);
        Element olderWomen = (Element) values.item(4);
        assertThat(olderWomen.getAttribute("SEX")).isEqualTo("F");
        assertThat(olderWomen.getAttribute("AGE")).isEqualTo("A60_69");
        assertThat(olderWomen.getAttribute("value")).isEqualTo("37");
        Element health = (Element) values.item(6);
        assertThat(health.getAttribute("AREA")).isEqualTo("HEALTH");
        Element money = (Element) values.item(7);
        assertThat(money.getAttribute("value")).isEqualTo("21000000");
    }

    @Test
    void namesTheDataSetAndTheCompleteDateWhenAsked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdxWriter.exportedAt(ExportFixtures.EXPORTED).withDataSet("ISHC_MONTHLY")
                .withCompleteDate(a -> a.orgUnit().equals("20") ? null : LocalDate.of(2025, 1, 5))
                .write(areas(), out);

        assertThat(AdxValidator.problems(out.toByteArray())).isEmpty();
        NodeList groups = parse(out.toByteArray()).getElementsByTagNameNS(AdxWriter.NAMESPACE, "group");
        Element province = (Element) groups.item(0);
        Element commune = (Element) groups.item(1);
        assertThat(province.getAttribute("dataSet")).isEqualTo("ISHC_MONTHLY");
        assertThat(province.hasAttribute("completeDate")).isFalse();
        assertThat(commune.getAttribute("completeDate")).isEqualTo("2025-01-05");
    }

    @Test
    void aRangeOfMonthsIsAnIsoPeriodAdxTakes() throws Exception {
        Period half = Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
        byte[] xml = ExportFixtures.adx(List.of(new AreaFigures("20", "Tỉnh Lạng Sơn", half,
                List.of(Figure.total("MEETINGS_HELD", 270)))));

        assertThat(AdxValidator.problems(xml)).isEmpty();
        Element group = (Element) parse(xml).getElementsByTagNameNS(AdxWriter.NAMESPACE, "group").item(0);
        assertThat(group.getAttribute("period")).isEqualTo("2024-01-01/P6M");
    }

    @Test
    void anAreaWithoutFiguresGetsNoGroupAndNoFiguresAtAllIsRefused() throws Exception {
        AreaFigures empty = new AreaFigures("06331", "Xã Mẫu Sơn", ExportFixtures.DECEMBER, List.of());
        byte[] xml = ExportFixtures.adx(List.of(areas().get(0), empty));

        assertThat(AdxValidator.problems(xml)).isEmpty();
        assertThat(parse(xml).getElementsByTagNameNS(AdxWriter.NAMESPACE, "group").getLength()).isEqualTo(1);
        assertThatThrownBy(() -> ExportFixtures.adx(List.of(empty)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.nothing"));
    }

    @Test
    void refusesADisaggregationWhoseNameIsNoXmlAttribute() {
        List<AreaFigures> bad = List.of(new AreaFigures("20", "Tỉnh Lạng Sơn", ExportFixtures.DECEMBER,
                List.of(new Figure("MEMBERS", Map.of("AGE GROUP", "A60_69"), 3))));
        List<AreaFigures> reserved = List.of(new AreaFigures("20", "Tỉnh Lạng Sơn", ExportFixtures.DECEMBER,
                List.of(new Figure("MEMBERS", Map.of("value", "x"), 3))));

        assertThatThrownBy(() -> ExportFixtures.adx(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGE GROUP");
        assertThatThrownBy(() -> ExportFixtures.adx(reserved)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValidatorRefusesADataValueWithoutAValue() {
        String valid = adx("<group orgUnit=\"20\" period=\"2024-12-01/P1M\">"
                + "<dataValue dataElement=\"MEMBERS\" SEX=\"F\" value=\"12\"/></group>");
        String noValue = adx("<group orgUnit=\"20\" period=\"2024-12-01/P1M\">"
                + "<dataValue dataElement=\"MEMBERS\" SEX=\"F\"/></group>");

        assertThat(problems(valid)).isEmpty();
        assertThat(problems(noValue)).singleElement().asString().contains("value");
    }

    @Test
    void theValidatorRefusesWhatAdxForbids() {
        assertThat(problems(adx("<group orgUnit=\"20\" period=\"2024-12-01/P1M\">"
                + "<dataValue dataElement=\"MEMBERS\" value=\"mười hai\"/></group>")))
                .as("a value that is no decimal").isNotEmpty();
        assertThat(problems(adx("<group orgUnit=\"20\" period=\"202412\">"
                + "<dataValue dataElement=\"MEMBERS\" value=\"12\"/></group>")))
                .as("a DHIS2 period where ADX wants ISO start and duration").isNotEmpty();
        assertThat(problems(adx("<group orgUnit=\"20\" period=\"2024-12-01/P1M\"></group>")))
                .as("a group without values").isNotEmpty();
        assertThat(problems("<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group orgUnit=\"20\" period=\"2024-12-01/P1M\">"
                + "<dataValue dataElement=\"MEMBERS\" value=\"12\"/></group></adx>"))
                .as("no export time").isNotEmpty();
        assertThat(problems("<adx xmlns=\"urn:example\" exported=\"2025-01-10T02:30:00Z\"/>"))
                .as("another namespace").isNotEmpty();
        assertThat(problems("not xml")).as("not XML").isNotEmpty();
    }

    @Test
    void theValidatorFetchesNothingADocumentAsksFor() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE adx [<!ENTITY t SYSTEM \"file:///etc/hostname\">]>"
                + "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2025-01-10T02:30:00Z\">"
                + "<group orgUnit=\"20\" period=\"2024-12-01/P1M\"><dataValue dataElement=\"M\" value=\"1\">"
                + "<annotation>&t;</annotation></dataValue></group></adx>";

        assertThat(problems(xxe)).singleElement().asString().contains("accessExternalDTD");
    }
}
