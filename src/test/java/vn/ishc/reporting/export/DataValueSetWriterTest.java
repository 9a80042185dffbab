package vn.ishc.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.reporting.export.ExportFixtures.areas;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Period;
import vn.ishc.reporting.export.ExportFixtures.Tuple;
import vn.ishc.shared.InvalidInputException;

class DataValueSetWriterTest {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Tuple> jsonTuples(byte[] json) {
        List<Tuple> tuples = new ArrayList<>();
        for (JsonNode v : MAPPER.readTree(json).get("dataValues")) {
            assertThat(v.get("value").isString()).as("DHIS2 values are strings").isTrue();
            tuples.add(new Tuple(v.get("orgUnit").asString(), v.get("period").asString(),
                    v.get("dataElement").asString(),
                    v.has("categoryOptionCombo") ? v.get("categoryOptionCombo").asString() : null,
                    v.get("value").asString()));
        }
        return tuples;
    }

    /** The ADX values keyed as DHIS2 keys them: ISO periods read back, attributes made into a combo. */
    static List<Tuple> adxTuples(byte[] xml, Map<String, String> dhis2PeriodOfIso) throws Exception {
        Document doc = AdxWriterTest.parse(xml);
        List<Tuple> tuples = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS(AdxWriter.NAMESPACE, "group");
        for (int g = 0; g < groups.getLength(); g++) {
            Element group = (Element) groups.item(g);
            NodeList values = group.getElementsByTagNameNS(AdxWriter.NAMESPACE, "dataValue");
            for (int i = 0; i < values.getLength(); i++) {
                Element value = (Element) values.item(i);
                Map<String, String> dims = new TreeMap<>();
                NamedNodeMap attributes = value.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Attr attr = (Attr) attributes.item(a);
                    if (!Set.of("dataElement", "value").contains(attr.getName())) {
                        dims.put(attr.getName(), attr.getValue());
                    }
                }
                tuples.add(new Tuple(group.getAttribute("orgUnit"),
                        dhis2PeriodOfIso.get(group.getAttribute("period")), value.getAttribute("dataElement"),
                        DataValueSetWriter.categoryOptionCombo(dims), value.getAttribute("value")));
            }
        }
        return tuples;
    }

    @Test
    void holdsExactlyTheValuesOfTheAdxExport() throws Exception {
        List<AreaFigures> areas = areas();
        Map<String, String> periods = new HashMap<>();
        areas.forEach(a -> periods.put(a.period().iso(), a.period().dhis2()));

        List<Tuple> json = jsonTuples(ExportFixtures.json(areas));
        List<Tuple> adx = adxTuples(ExportFixtures.adx(areas), periods);

        assertThat(json).hasSize(ExportFixtures.valueCount(areas)).doesNotHaveDuplicates();
        assertThat(adx).hasSize(json.size());
        assertThat(json).containsExactlyInAnyOrderElementsOf(adx);
        assertThat(Set.copyOf(json)).isEqualTo(ExportFixtures.expected(areas));
    }

    @Test
    void writesCodesDhis2PeriodsAndCombosAndLeavesTheComboOutForTotals() {
        List<Tuple> json = jsonTuples(ExportFixtures.json(areas()));

        assertThat(json).contains(
                new Tuple("06325", "202412", "MEMBERS", null, "118"),
                new Tuple("06325", "202412", "MEMBERS", "SEX_F", "74"),
                new Tuple("06325", "202412", "MEMBERS", "AGE_A60_69_SEX_F", "37"),
                new Tuple("06325", "202412", "ACTIVITIES", "AREA_HEALTH", "6"),
                new Tuple("20", "2024", "LOANS_DISBURSED_AMOUNT", null, "2310000000"));
        JsonNode first = MAPPER.readTree(ExportFixtures.json(areas())).get("dataValues").get(0);
        assertThat(first.propertyNames()).containsExactly("dataElement", "period", "orgUnit", "value");
    }

    @Test
    void theComboCodeJoinsAttributesInAlphabeticalOrder() {
        Map<String, String> sexFirst = new LinkedHashMap<>();
        sexFirst.put("SEX", "M");
        sexFirst.put("AGE", "A80P");

        assertThat(DataValueSetWriter.categoryOptionCombo(Map.of("SEX", "F"))).isEqualTo("SEX_F");
        assertThat(DataValueSetWriter.categoryOptionCombo(sexFirst)).isEqualTo("AGE_A80P_SEX_M");
        assertThat(DataValueSetWriter.categoryOptionCombo(Map.of())).isNull();
    }

    @Test
    void namesTheDataSetWhenAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataValueSetWriter.create().withDataSet("ISHC_MONTHLY").write(areas(), out);

        assertThat(MAPPER.readTree(out.toByteArray()).get("dataSet").asString()).isEqualTo("ISHC_MONTHLY");
    }

    @Test
    void refusesARangeOfMonthsBeforeWritingAnything() {
        Period half = Period.range(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
        List<AreaFigures> areas = new ArrayList<>(areas());
        areas.add(new AreaFigures("20", "Tỉnh Lạng Sơn", half, List.of(Figure.total("MEETINGS_HELD", 270))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> DataValueSetWriter.create().write(areas, out))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("export.dhis2.range");
                    assertThat(e.field()).isEqualTo("period");
                    var messages = ExportFixtures.messages();
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                            .isEqualTo("DHIS2 has no period for a range of months (2024-01..2024-06); "
                                    + "choose a month, quarter or year.");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                            .startsWith("DHIS2 không có kỳ báo cáo cho một khoảng nhiều tháng");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void aQuarterIsADhis2Quarter() {
        List<AreaFigures> areas = List.of(new AreaFigures("20", "Tỉnh Lạng Sơn", Period.quarter(2024, 4),
                List.of(Figure.total("MEETINGS_HELD", 138))));

        assertThat(jsonTuples(ExportFixtures.json(areas)))
                .containsExactly(new Tuple("20", "2024Q4", "MEETINGS_HELD", null, "138"));
    }
}
