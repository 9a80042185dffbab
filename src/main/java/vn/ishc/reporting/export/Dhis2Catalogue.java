package vn.ishc.reporting.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.OverdueAge;
import vn.ishc.reporting.Period;

/**
 * The indicator catalogue as DHIS2 metadata: one category per disaggregation attribute (its code the
 * attribute's, {@code SEX}), whose options are the attribute's option codes ({@code F}, {@code M}; the
 * option {@code OTHER} is shared by {@code HH} and {@code SOURCE}); one category combo per category and
 * one category option combo per option ({@code SEX_F}); one aggregate data element per indicator for its
 * total ({@code MEMBERS}, DHIS2's default combo) and one per indicator and breakdown
 * ({@code MEMBERS_BY_SEX}, the combo of {@code SEX}), so that every element has exactly one combo; and a
 * data set per period kind ({@code ISHC_MONTHLY}, {@code ISHC_QUARTERLY}, {@code ISHC_YEARLY}) holding
 * every element. Every uid is derived from the object's kind and code ({@link Dhis2Uid}).
 */
public final class Dhis2Catalogue implements Dhis2Ids {

    /** DHIS2's own default category combo and option combo, present in every instance. */
    public static final String DEFAULT_COMBO = "bjDvmb4bfuf";
    public static final String DEFAULT_OPTION_COMBO = "HllvX50cXC0";

    /** The options of each disaggregation attribute, as the indicator catalogue lists them. */
    public static final Map<String, List<String>> OPTIONS = options();

    public record Category(String uid, String code, List<String> options, String comboUid) {
    }

    public record OptionCombo(String uid, String code, String attribute, String option, String comboUid) {
    }

    /** {@code attribute} null for the element of the total. */
    public record DataElement(String uid, String code, String indicator, String attribute, String valueType,
                              String aggregationType, String comboUid) {
    }

    public record DataSet(String uid, String code, String periodType, Period.Kind kind) {
    }

    private static final Dhis2Catalogue INSTANCE = new Dhis2Catalogue();

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, OptionCombo> optionCombos = new LinkedHashMap<>();
    private final Map<String, DataElement> elements = new LinkedHashMap<>();
    private final List<DataSet> dataSets = List.of(
            new DataSet(Dhis2Uid.of("dataSet", "ISHC_MONTHLY"), "ISHC_MONTHLY", "Monthly", Period.Kind.MONTH),
            new DataSet(Dhis2Uid.of("dataSet", "ISHC_QUARTERLY"), "ISHC_QUARTERLY", "Quarterly", Period.Kind.QUARTER),
            new DataSet(Dhis2Uid.of("dataSet", "ISHC_YEARLY"), "ISHC_YEARLY", "Yearly", Period.Kind.YEAR));

    private Dhis2Catalogue() {
        OPTIONS.forEach((attribute, options) -> {
            String combo = Dhis2Uid.of("categoryCombo", attribute);
            categories.put(attribute, new Category(Dhis2Uid.of("category", attribute), attribute, options, combo));
            for (String option : options) {
                String code = attribute + "_" + option;
                optionCombos.put(code, new OptionCombo(Dhis2Uid.of("categoryOptionCombo", code), code, attribute, option,
                        combo));
            }
        });
        for (Indicator indicator : Indicator.values()) {
            add(indicator, null);
            indicator.dims().forEach(attribute -> add(indicator, attribute));
        }
    }

    public static Dhis2Catalogue get() {
        return INSTANCE;
    }

    private void add(Indicator indicator, String attribute) {
        String code = elementCode(indicator.name(), attribute);
        // Money may be below zero (a balance); every other unit counts up from zero.
        String valueType = indicator.unit() == Indicator.Unit.DONG ? "INTEGER" : "INTEGER_ZERO_OR_POSITIVE";
        String aggregation = indicator.reading() == Indicator.Reading.STOCK ? "LAST" : "SUM";
        String combo = attribute == null ? DEFAULT_COMBO : categories.get(attribute).comboUid();
        elements.put(code, new DataElement(Dhis2Uid.of("dataElement", code), code, indicator.name(), attribute, valueType,
                aggregation, combo));
    }

    /** "MEMBERS" for the total, "MEMBERS_BY_SEX" for a breakdown. */
    public static String elementCode(String indicator, String attribute) {
        return attribute == null ? indicator : indicator + "_BY_" + attribute;
    }

    /** The uid of a category option: by its code alone, so that a shared option is one object. */
    public static String optionUid(String option) {
        return Dhis2Uid.of("categoryOption", option);
    }

    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public List<OptionCombo> optionCombos() {
        return List.copyOf(optionCombos.values());
    }

    public List<DataElement> dataElements() {
        return List.copyOf(elements.values());
    }

    public List<DataSet> dataSets() {
        return dataSets;
    }

    /** @throws IllegalArgumentException for a figure broken down by more than one attribute, or unknown */
    @Override
    public String dataElement(Figure figure) {
        DataElement element = elements.get(elementCode(figure.code(), attribute(figure)));
        if (element == null) {
            throw new IllegalArgumentException("No DHIS2 data element for " + figure.code() + " " + figure.dims());
        }
        return element.uid();
    }

    @Override
    public String categoryOptionCombo(Figure figure) {
        String attribute = attribute(figure);
        if (attribute == null) {
            return null;
        }
        OptionCombo combo = optionCombos.get(attribute + "_" + figure.dims().get(attribute));
        if (combo == null) {
            throw new IllegalArgumentException("No DHIS2 category option for " + figure.code() + " " + figure.dims());
        }
        return combo.uid();
    }

    /** Null for a range of months, which DHIS2 has no period (and so no data set) for. */
    @Override
    public String dataSet(Period period) {
        return dataSets.stream().filter(d -> d.kind() == period.kind()).map(DataSet::uid).findFirst().orElse(null);
    }

    private static String attribute(Figure figure) {
        if (figure.dims().size() > 1) {
            throw new IllegalArgumentException("A DHIS2 value has one breakdown: " + figure.code() + " " + figure.dims());
        }
        return figure.dims().isEmpty() ? null : figure.dims().keySet().iterator().next();
    }

    private static Map<String, List<String>> options() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("SEX", List.of("F", "M"));
        out.put("AGE", List.of("LT55", "A55_59", "A60_69", "A70_79", "A80P"));
        out.put("HH", List.of("POOR", "NEAR_POOR", "OTHER"));
        out.put("ETHNIC_MINORITY", List.of("Y", "N"));
        out.put("SOURCE", List.of("STATE", "ASSOCIATION", "PROJECT", "COMMUNITY", "BUSINESS", "MEMBERS", "OTHER"));
        out.put("AREA", List.of("INCOME", "HEALTH", "HOMECARE", "SELFHELP", "RIGHTS", "LEARNING", "CULTURE", "RESOURCES"));
        List<String> ages = new ArrayList<>();
        for (OverdueAge age : OverdueAge.values()) {
            ages.add(age.name());
        }
        out.put(OverdueAge.ATTRIBUTE, List.copyOf(ages));
        return java.util.Collections.unmodifiableMap(out);
    }
}
