package vn.ishc.reporting.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Period;
import vn.ishc.shared.InvalidInputException;

/**
 * Writes figures as a DHIS2 {@code dataValueSets} JSON document, the same values as the ADX export,
 * for a DHIS2 instance to import with {@code POST /api/dataValueSets?idScheme=CODE}: every
 * identifier in it is a code, none a DHIS2 uid.
 *
 * <ul>
 * <li>{@code dataElement}: the indicator code ({@code MEMBERS});</li>
 * <li>{@code orgUnit}: the unit's official code (a club's own code below the commune level);</li>
 * <li>{@code period}: DHIS2's period ("202412", "2024Q4", "2024"); a range of months has none, and
 * such an export is refused;</li>
 * <li>{@code categoryOptionCombo}: for a disaggregated value, the code of its combination (see
 * {@link #categoryOptionCombo}); left out for a total, which DHIS2 files under its default
 * combination;</li>
 * <li>{@code value}: the whole number as a string, as DHIS2 writes values.</li>
 * </ul>
 * The DHIS2 instance must hold data elements, org units and category option combos with these codes.
 *
 * <p>{@link #withIds} writes the identifiers of a metadata package instead ({@link Dhis2Catalogue}), for
 * {@code POST /api/dataValueSets} with DHIS2's default uid scheme: {@code dataElement} the uid of the
 * element of the total or of the breakdown, {@code categoryOptionCombo} the uid of the option's combo
 * (left out for a total), {@code dataSet} the data set of the period's kind; {@code orgUnit} is then
 * whatever the caller put in each area's {@code orgUnit} (the unit's uid in the package).
 */
public final class DataValueSetWriter {

    public static final String CONTENT_TYPE = "application/json";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final String dataSet;
    private final Dhis2Ids ids;

    private DataValueSetWriter(String dataSet, Dhis2Ids ids) {
        this.dataSet = dataSet;
        this.ids = ids;
    }

    public static DataValueSetWriter create() {
        return new DataValueSetWriter(null, null);
    }

    /** The document names this data set (by code) for all its values. */
    public DataValueSetWriter withDataSet(String dataSetCode) {
        return new DataValueSetWriter(dataSetCode, ids);
    }

    /** The document carries these identifiers for elements, combos and the data set. */
    public DataValueSetWriter withIds(Dhis2Ids identifiers) {
        return new DataValueSetWriter(dataSet, identifiers);
    }

    /**
     * The code of a disaggregation's category option combo: each attribute code followed by its
     * option code, attributes in alphabetical order, all joined by "_". {@code SEX=F} gives "SEX_F";
     * {@code AGE=A60_69, SEX=F} gives "AGE_A60_69_SEX_F"; {@code AREA=HEALTH} gives "AREA_HEALTH".
     * No combo (null) for a total.
     */
    public static String categoryOptionCombo(Map<String, String> dims) {
        if (dims == null || dims.isEmpty()) {
            return null;
        }
        return new java.util.TreeMap<>(dims).entrySet().stream()
                .map(e -> e.getKey() + "_" + e.getValue())
                .collect(Collectors.joining("_"));
    }

    /**
     * Writes the document to {@code out} in UTF-8, leaving the stream open. Checks every period
     * before writing anything, so a refused export leaves {@code out} untouched.
     *
     * @throws InvalidInputException when an area's period is a range of months (key
     *                               {@code export.dhis2.range}, field {@code period})
     */
    public void write(List<AreaFigures> areas, OutputStream out) {
        for (AreaFigures area : areas) {
            if (area.period().kind() == Period.Kind.RANGE) {
                throw new InvalidInputException("export.dhis2.range", "period", area.period().code());
            }
        }
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            String set = dataSet;
            if (set == null && ids != null && !areas.isEmpty()
                    && areas.stream().allMatch(a -> a.period().kind() == areas.get(0).period().kind())) {
                set = ids.dataSet(areas.get(0).period());
            }
            if (set != null) {
                json.writeStringProperty("dataSet", set);
            }
            json.writeName("dataValues");
            json.writeStartArray();
            for (AreaFigures area : areas) {
                String period = area.period().dhis2();
                for (Figure figure : area.figures()) {
                    json.writeStartObject();
                    json.writeStringProperty("dataElement", ids == null ? figure.code() : ids.dataElement(figure));
                    json.writeStringProperty("period", period);
                    json.writeStringProperty("orgUnit", area.orgUnit());
                    String combo = ids == null ? categoryOptionCombo(figure.dims()) : ids.categoryOptionCombo(figure);
                    if (combo != null) {
                        json.writeStringProperty("categoryOptionCombo", combo);
                    }
                    json.writeStringProperty("value", Long.toString(figure.value()));
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
