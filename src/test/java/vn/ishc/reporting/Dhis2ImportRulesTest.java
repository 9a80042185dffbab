package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.reporting.export.AdxValidator;
import vn.ishc.reporting.export.AdxWriter;
import vn.ishc.reporting.export.Dhis2Catalogue;
import vn.ishc.reporting.export.Dhis2Uid;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The DHIS2 metadata package and the exports of the demo data checked against every rule DHIS2's
 * metadata and data-value imports apply that can be checked without a DHIS2: uids well formed and never
 * shared, references to existing objects, each value's option combo one of its element's combo, org
 * units open on the period, parents one level up, periods DHIS2 periods, no value twice.
 */
@SpringBootTest(properties = "ishc.demo.enabled=true")
@AutoConfigureMockMvc
class Dhis2ImportRulesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    static final Pattern YEAR = Pattern.compile("(\\d{4})");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FigureWorker worker;
    @Autowired
    IndicatorTables tables;
    @Autowired
    IndicatorExports exports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    Map<String, JsonNode> byUid = new HashMap<>();
    Map<String, String> typeOfUid = new HashMap<>();
    Map<String, JsonNode> orgUnits = new HashMap<>();
    Map<String, JsonNode> elements = new HashMap<>();
    Map<String, JsonNode> optionCombos = new HashMap<>();
    Map<String, JsonNode> dataSets = new HashMap<>();
    JsonNode metadata;

    @BeforeEach
    void loadThePackage() {
        worker.drain();
        MvcTestResult result = mvc.get().uri("/api/v1/indicators/dhis2/metadata")
                .with(user("admin").roles("NATIONAL_ADMIN")).exchange();
        assertThat(result).hasStatusOk();
        metadata = JSON.readTree(result.getResponse().getContentAsByteArray());
        for (String type : List.of("categoryOptions", "categories", "categoryCombos", "categoryOptionCombos",
                "dataElements", "dataSets", "organisationUnits")) {
            Set<String> codes = new HashSet<>();
            for (JsonNode o : metadata.get(type)) {
                String uid = o.get("id").asString();
                assertThat(Dhis2Uid.isValid(uid)).as("%s uid %s", type, uid).isTrue();
                assertThat(typeOfUid.put(uid, type)).as("uid %s used twice", uid).isNull();
                byUid.put(uid, o);
                assertThat(codes.add(o.get("code").asString())).as("%s code %s twice", type, o.get("code")).isTrue();
                if (o.has("shortName")) {
                    assertThat(o.get("shortName").asString().length()).isBetween(1, 50);
                }
            }
        }
        metadata.get("organisationUnits").forEach(o -> orgUnits.put(o.get("id").asString(), o));
        metadata.get("dataElements").forEach(o -> elements.put(o.get("id").asString(), o));
        metadata.get("categoryOptionCombos").forEach(o -> optionCombos.put(o.get("id").asString(), o));
        metadata.get("dataSets").forEach(o -> dataSets.put(o.get("id").asString(), o));
    }

    @Test
    void thePackageRefersOnlyToItsOwnObjectsAndItsHierarchyHoldsTogether() {
        for (String type : List.of("dataElements", "dataSets")) {
            Set<String> names = new HashSet<>();
            metadata.get(type).forEach(o -> assertThat(names.add(o.get("name").asString())).as("name %s", o.get("name")).isTrue());
        }
        for (JsonNode c : metadata.get("categories")) {
            c.get("categoryOptions").forEach(o -> assertThat(typeOfUid.get(id(o))).isEqualTo("categoryOptions"));
        }
        for (JsonNode c : metadata.get("categoryCombos")) {
            c.get("categories").forEach(o -> assertThat(typeOfUid.get(id(o))).isEqualTo("categories"));
        }
        for (JsonNode coc : metadata.get("categoryOptionCombos")) {
            JsonNode combo = byUid.get(id(coc.get("categoryCombo")));
            assertThat(typeOfUid.get(id(coc.get("categoryCombo")))).isEqualTo("categoryCombos");
            // A combo of one category: each option combo is one option of that category.
            JsonNode category = byUid.get(id(combo.get("categories").get(0)));
            Set<String> options = new HashSet<>();
            category.get("categoryOptions").forEach(o -> options.add(id(o)));
            assertThat(coc.get("categoryOptions")).hasSize(1);
            assertThat(options).contains(id(coc.get("categoryOptions").get(0)));
        }
        for (JsonNode combo : metadata.get("categoryCombos")) {
            long cocs = optionCombos.values().stream().filter(c -> id(c.get("categoryCombo")).equals(id(combo))).count();
            assertThat(cocs).isEqualTo(byUid.get(id(combo.get("categories").get(0))).get("categoryOptions").size());
        }
        for (JsonNode e : metadata.get("dataElements")) {
            assertThat(e.get("domainType").asString()).isEqualTo("AGGREGATE");
            assertThat(e.get("valueType").asString()).isIn("INTEGER", "INTEGER_ZERO_OR_POSITIVE");
            String combo = id(e.get("categoryCombo"));
            assertThat(combo.equals(Dhis2Catalogue.DEFAULT_COMBO) || "categoryCombos".equals(typeOfUid.get(combo))).isTrue();
        }
        for (JsonNode d : metadata.get("dataSets")) {
            assertThat(d.get("periodType").asString()).isIn("Monthly", "Quarterly", "Yearly");
            d.get("dataSetElements").forEach(x -> assertThat(elements).containsKey(id(x.get("dataElement"))));
            d.get("organisationUnits").forEach(x -> assertThat(orgUnits).containsKey(id(x)));
        }
        int roots = 0;
        for (JsonNode o : orgUnits.values()) {
            LocalDate opening = LocalDate.parse(o.get("openingDate").asString());
            if (o.has("closedDate")) {
                assertThat(LocalDate.parse(o.get("closedDate").asString())).isAfterOrEqualTo(opening);
            }
            if (!o.has("parent")) {
                roots++;
                assertThat(o.get("level").asInt()).isEqualTo(1);
                continue;
            }
            JsonNode parent = orgUnits.get(id(o.get("parent")));
            assertThat(parent).as("parent of %s", o.get("code")).isNotNull();
            assertThat(o.get("level").asInt()).as("level of %s", o.get("code")).isEqualTo(parent.get("level").asInt() + 1);
        }
        assertThat(roots).isEqualTo(1);
        // The codes used on both maps are different units: 04891 (Vầy Nưa, then Tiền Phong), 24 (Bắc Giang, then Bắc Ninh).
        assertThat(orgUnits.values().stream().filter(o -> o.get("code").asString().matches("C-04891-\\d{8}")).count()).isGreaterThan(1);
        assertThat(orgUnits.values().stream().filter(o -> o.get("code").asString().matches("P-24-\\d{8}")).count()).isGreaterThan(1);
        // Every club is there under its national identifier.
        List<String> clubIds = jdbc.sql("select national_id from club").query(String.class).list();
        Set<String> codes = new HashSet<>();
        orgUnits.values().forEach(o -> codes.add(o.get("code").asString()));
        assertThat(codes).containsAll(clubIds);
    }

    @Test
    void theDemoDataValueSetsImportBesideThePackage() {
        LocalDate today = BusinessCalendar.today(clock);
        String province = "20";
        String commune = jdbc.sql("select now_path from rpt_club_place where now_path is not null group by now_path "
                + "order by count(*) desc, now_path limit 1").query(String.class).single();
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where old_path like '20.%' group by old_path "
                + "order by count(*) desc, old_path limit 1").query(String.class).single();
        List<String[]> asks = List.of(new String[] {"", "2024"}, new String[] {province, "2024"},
                new String[] {oldCommune, "2024"}, new String[] {oldCommune, "2024-Q4"}, new String[] {oldCommune, "2024-12"},
                new String[] {province, "2025"}, new String[] {commune, String.valueOf(today.getYear())},
                new String[] {commune, YearMonth.from(today).toString()},
                new String[] {commune, today.getYear() + "-Q" + ((today.getMonthValue() + 2) / 3)});
        Map<String, String> seen = new HashMap<>();
        int values = 0;
        for (String[] ask : asks) {
            IndicatorTables.Table table = tables.table(ask[0], Period.parse(ask[1]), Boundaries.AS_WAS, AreaScope.nation(),
                    Locale.forLanguageTag("vi"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.dhis2(table, IndicatorExports.codes(null), out);
            JsonNode doc = JSON.readTree(out.toByteArray());
            JsonNode set = dataSets.get(doc.get("dataSet").asString());
            assertThat(set).as("data set of %s", ask[1]).isNotNull();
            Set<String> assigned = new HashSet<>();
            set.get("organisationUnits").forEach(o -> assigned.add(id(o)));
            Set<String> keys = new HashSet<>();
            for (JsonNode v : doc.get("dataValues")) {
                values++;
                String where = ask[0] + " " + ask[1] + " " + v;
                JsonNode element = elements.get(v.get("dataElement").asString());
                assertThat(element).as("element of %s", where).isNotNull();
                JsonNode unit = orgUnits.get(v.get("orgUnit").asString());
                assertThat(unit).as("org unit of %s", where).isNotNull();
                assertThat(assigned).as("org unit in the data set: %s", where).contains(v.get("orgUnit").asString());
                String combo = id(element.get("categoryCombo"));
                if (v.has("categoryOptionCombo")) {
                    JsonNode coc = optionCombos.get(v.get("categoryOptionCombo").asString());
                    assertThat(coc).as("option combo of %s", where).isNotNull();
                    assertThat(id(coc.get("categoryCombo"))).as("option combo of the element's combo: %s", where)
                            .isEqualTo(combo);
                } else {
                    assertThat(combo).as("a total's element has the default combo: %s", where)
                            .isEqualTo(Dhis2Catalogue.DEFAULT_COMBO);
                }
                LocalDate[] period = period(v.get("period").asString(), set.get("periodType").asString());
                assertThat(period).as("a DHIS2 period of the data set's type: %s", where).isNotNull();
                LocalDate opening = LocalDate.parse(unit.get("openingDate").asString());
                assertThat(opening).as("open by the period's end: %s", where).isBeforeOrEqualTo(period[1]);
                if (unit.has("closedDate")) {
                    assertThat(LocalDate.parse(unit.get("closedDate").asString())).as("not closed before: %s", where)
                            .isAfterOrEqualTo(period[0]);
                }
                String value = v.get("value").asString();
                assertThat(value).as(where).matches(element.get("valueType").asString().equals("INTEGER")
                        ? "-?\\d+" : "\\d+");
                String key = v.get("dataElement").asString() + "|" + v.get("period").asString() + "|"
                        + v.get("orgUnit").asString() + "|" + (v.has("categoryOptionCombo") ? v.get("categoryOptionCombo").asString() : "");
                assertThat(keys.add(key)).as("value twice in one document: %s", where).isTrue();
                String before = seen.put(key, value);
                assertThat(before == null || before.equals(value)).as("one value per key across documents: %s", where)
                        .isTrue();
            }
        }
        assertThat(values).isGreaterThan(100);
    }

    @Test
    void theAdxDocumentUsesThePackagesIdentifiersAndPassesTheSchema() throws Exception {
        String oldCommune = jdbc.sql("select old_path from rpt_club_place where old_path like '20.%' group by old_path "
                + "order by count(*) desc, old_path limit 1").query(String.class).single();
        IndicatorTables.Table table = tables.table(oldCommune, Period.year(2024), Boundaries.AS_WAS, AreaScope.nation(),
                Locale.forLanguageTag("vi"));
        byte[] adx = exports.adx(table, IndicatorExports.codes(null));
        assertThat(AdxValidator.problems(adx)).isEmpty();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(adx));
        NodeList groups = doc.getElementsByTagNameNS(AdxWriter.NAMESPACE, "group");
        assertThat(groups.getLength()).isGreaterThan(1);
        for (int g = 0; g < groups.getLength(); g++) {
            Element group = (Element) groups.item(g);
            assertThat(orgUnits).containsKey(group.getAttribute("orgUnit"));
            assertThat(dataSets.get(group.getAttribute("dataSet")).get("periodType").asString()).isEqualTo("Yearly");
            NodeList dv = group.getElementsByTagNameNS(AdxWriter.NAMESPACE, "dataValue");
            for (int i = 0; i < dv.getLength(); i++) {
                Element v = (Element) dv.item(i);
                JsonNode element = elements.get(v.getAttribute("dataElement"));
                assertThat(element).isNotNull();
                List<String> attributes = new ArrayList<>();
                for (int a = 0; a < v.getAttributes().getLength(); a++) {
                    String name = v.getAttributes().item(a).getNodeName();
                    if (!name.equals("dataElement") && !name.equals("value")) {
                        attributes.add(name);
                    }
                }
                String combo = id(element.get("categoryCombo"));
                if (attributes.isEmpty()) {
                    assertThat(combo).isEqualTo(Dhis2Catalogue.DEFAULT_COMBO);
                } else {
                    // The attribute is the code of the element's one category, its value one of its options' codes.
                    assertThat(attributes).hasSize(1);
                    JsonNode category = byUid.get(id(byUid.get(combo).get("categories").get(0)));
                    assertThat(category.get("code").asString()).isEqualTo(attributes.get(0));
                    Set<String> options = new HashSet<>();
                    category.get("categoryOptions").forEach(o -> options.add(byUid.get(id(o)).get("code").asString()));
                    assertThat(options).contains(v.getAttribute(attributes.get(0)));
                }
            }
        }
    }

    /** [start, end] of a DHIS2 period of the type, or null when the text is none. */
    static LocalDate[] period(String text, String type) {
        Matcher m;
        if (type.equals("Monthly") && (m = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        if (type.equals("Quarterly") && (m = QUARTER.matcher(text)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if (type.equals("Yearly") && (m = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        return null;
    }

    private static String id(JsonNode ref) {
        return ref.get("id").asString();
    }
}
