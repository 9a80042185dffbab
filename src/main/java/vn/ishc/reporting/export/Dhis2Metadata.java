package vn.ishc.reporting.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a DHIS2 metadata package, as {@code POST /api/metadata} takes it: the category options,
 * categories, category combos and option combos of the disaggregations, the data elements and data sets
 * of {@link Dhis2Catalogue}, and the org-unit hierarchy (the nation, the provinces, districts and
 * communes of every map version, the clubs), each object with its uid and code. The default category
 * combo and option combo are DHIS2's own and are referred to, not sent.
 */
public final class Dhis2Metadata {

    public static final String CONTENT_TYPE = "application/json";
    private static final int SHORT_NAME = 50;

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** An org unit: {@code level} 1 for the nation, its parent's plus one below; {@code closedDate} null while open. */
    public record OrgUnit(String uid, String code, String name, int level, String parentUid, LocalDate openingDate,
                          LocalDate closedDate) {

        /** Whether the unit is open on some day of [start, end]. */
        public boolean openWithin(LocalDate start, LocalDate end) {
            return !openingDate.isAfter(end) && (closedDate == null || !closedDate.isBefore(start));
        }
    }

    private Dhis2Metadata() {
    }

    /**
     * Writes the package to {@code out} in UTF-8, leaving it open; {@code indicatorName} gives an
     * indicator's name for a code (the data elements' names add their code, which keeps them unique).
     */
    public static void write(Dhis2Catalogue catalogue, List<OrgUnit> orgUnits, UnaryOperator<String> indicatorName,
                             OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            categoryOptions(json, catalogue);
            categories(json, catalogue);
            categoryCombos(json, catalogue);
            optionCombos(json, catalogue);
            dataElements(json, catalogue, indicatorName);
            dataSets(json, catalogue, orgUnits);
            organisationUnits(json, orgUnits);
            json.writeEndObject();
        }
    }

    private static void categoryOptions(JsonGenerator json, Dhis2Catalogue catalogue) {
        Set<String> options = new LinkedHashSet<>();
        catalogue.categories().forEach(c -> options.addAll(c.options()));
        json.writeArrayPropertyStart("categoryOptions");
        for (String option : options) {
            json.writeStartObject();
            named(json, Dhis2Catalogue.optionUid(option), option, option);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void categories(JsonGenerator json, Dhis2Catalogue catalogue) {
        json.writeArrayPropertyStart("categories");
        for (Dhis2Catalogue.Category c : catalogue.categories()) {
            json.writeStartObject();
            named(json, c.uid(), c.code(), c.code());
            json.writeStringProperty("dataDimensionType", "DISAGGREGATION");
            json.writeArrayPropertyStart("categoryOptions");
            c.options().forEach(o -> ref(json, Dhis2Catalogue.optionUid(o)));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void categoryCombos(JsonGenerator json, Dhis2Catalogue catalogue) {
        json.writeArrayPropertyStart("categoryCombos");
        for (Dhis2Catalogue.Category c : catalogue.categories()) {
            json.writeStartObject();
            json.writeStringProperty("id", c.comboUid());
            json.writeStringProperty("code", c.code());
            json.writeStringProperty("name", c.code());
            json.writeStringProperty("dataDimensionType", "DISAGGREGATION");
            json.writeArrayPropertyStart("categories");
            ref(json, c.uid());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void optionCombos(JsonGenerator json, Dhis2Catalogue catalogue) {
        json.writeArrayPropertyStart("categoryOptionCombos");
        for (Dhis2Catalogue.OptionCombo c : catalogue.optionCombos()) {
            json.writeStartObject();
            json.writeStringProperty("id", c.uid());
            json.writeStringProperty("code", c.code());
            json.writeStringProperty("name", c.option());
            json.writeName("categoryCombo");
            ref(json, c.comboUid());
            json.writeArrayPropertyStart("categoryOptions");
            ref(json, Dhis2Catalogue.optionUid(c.option()));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void dataElements(JsonGenerator json, Dhis2Catalogue catalogue, UnaryOperator<String> indicatorName) {
        json.writeArrayPropertyStart("dataElements");
        for (Dhis2Catalogue.DataElement e : catalogue.dataElements()) {
            json.writeStartObject();
            named(json, e.uid(), e.code(), indicatorName.apply(e.indicator()) + " (" + e.code() + ")", e.code());
            json.writeStringProperty("domainType", "AGGREGATE");
            json.writeStringProperty("valueType", e.valueType());
            json.writeStringProperty("aggregationType", e.aggregationType());
            json.writeName("categoryCombo");
            ref(json, e.comboUid());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void dataSets(JsonGenerator json, Dhis2Catalogue catalogue, List<OrgUnit> orgUnits) {
        json.writeArrayPropertyStart("dataSets");
        for (Dhis2Catalogue.DataSet d : catalogue.dataSets()) {
            json.writeStartObject();
            named(json, d.uid(), d.code(), d.code());
            json.writeStringProperty("periodType", d.periodType());
            json.writeName("categoryCombo");
            ref(json, Dhis2Catalogue.DEFAULT_COMBO);
            json.writeArrayPropertyStart("dataSetElements");
            for (Dhis2Catalogue.DataElement e : catalogue.dataElements()) {
                json.writeStartObject();
                json.writeName("dataElement");
                ref(json, e.uid());
                json.writeName("dataSet");
                ref(json, d.uid());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("organisationUnits");
            orgUnits.forEach(o -> ref(json, o.uid()));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void organisationUnits(JsonGenerator json, List<OrgUnit> orgUnits) {
        json.writeArrayPropertyStart("organisationUnits");
        for (OrgUnit o : orgUnits) {
            json.writeStartObject();
            named(json, o.uid(), o.code(), o.name());
            json.writeNumberProperty("level", o.level());
            if (o.parentUid() != null) {
                json.writeName("parent");
                ref(json, o.parentUid());
            }
            json.writeStringProperty("openingDate", o.openingDate().toString());
            if (o.closedDate() != null) {
                json.writeStringProperty("closedDate", o.closedDate().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** id, code, name and a short name of at most 50 characters. */
    private static void named(JsonGenerator json, String uid, String code, String name) {
        named(json, uid, code, name, name);
    }

    private static void named(JsonGenerator json, String uid, String code, String name, String shortName) {
        json.writeStringProperty("id", uid);
        json.writeStringProperty("code", code);
        json.writeStringProperty("name", name);
        json.writeStringProperty("shortName", shortName(shortName));
    }

    private static String shortName(String name) {
        return name.length() <= SHORT_NAME ? name : name.substring(0, SHORT_NAME);
    }

    private static void ref(JsonGenerator json, String uid) {
        json.writeStartObject();
        json.writeStringProperty("id", uid);
        json.writeEndObject();
    }
}
