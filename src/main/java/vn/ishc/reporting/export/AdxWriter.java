package vn.ishc.reporting.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.shared.InvalidInputException;

/**
 * Writes figures as an ADX data document (IHE Aggregate Data Exchange, namespace
 * {@code urn:ihe:qrph:adx:2015}), the file a DHIS2 instance or another aggregate system imports: one
 * {@code group} per area and period ({@code orgUnit} = the unit's code, {@code period} = ISO start
 * and duration, e.g. "2024-12-01/P1M"), one {@code dataValue} per figure ({@code dataElement} = the
 * indicator code, {@code value} = a plain decimal), each disaggregation an attribute named by its
 * attribute code ({@code SEX="F" AGE="A60_69"}). The loose schema takes these attributes through its
 * {@code anyAttribute}; their names must be XML names, which the catalogue's codes are.
 *
 * <p>{@link #withIds} writes the identifiers of a metadata package ({@link Dhis2Catalogue}): each
 * {@code dataElement} the uid of the element of the total or of the value's breakdown, each group's
 * {@code dataSet} the uid of the data set of its period's kind; the attributes stay the category codes
 * with option codes, as DHIS2 reads them; {@code orgUnit} is what the caller put in the area.
 *
 * <p>The document is streamed: a national export never sits in memory as a tree. An area without
 * figures gets no group (the schema wants at least one value per group).
 */
public final class AdxWriter {

    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";
    public static final String CONTENT_TYPE = "application/adx+xml";

    /** An attribute name ADX can carry: an XML name without a colon, limited to ASCII as codes are. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> RESERVED = Set.of("dataElement", "value");

    private final Instant exported;
    private final String dataSet;
    private final Function<AreaFigures, LocalDate> completeDate;
    private final Dhis2Ids ids;

    private AdxWriter(Instant exported, String dataSet, Function<AreaFigures, LocalDate> completeDate, Dhis2Ids ids) {
        this.exported = Objects.requireNonNull(exported, "exported").truncatedTo(ChronoUnit.SECONDS);
        this.dataSet = dataSet;
        this.completeDate = completeDate;
        this.ids = ids;
    }

    /** Each group and value carries these identifiers for its data set and elements. */
    public AdxWriter withIds(Dhis2Ids identifiers) {
        return new AdxWriter(exported, dataSet, completeDate, identifiers);
    }

    /** A writer whose documents say they were exported at {@code exported}. */
    public static AdxWriter exportedAt(Instant exported) {
        return new AdxWriter(exported, null, null, null);
    }

    /** Each group names this data set (DHIS2 imports a group into a data set given by its code). */
    public AdxWriter withDataSet(String dataSetCode) {
        return new AdxWriter(exported, dataSetCode, completeDate, ids);
    }

    /** Each group says when its area's report was completed; null for an area leaves it out. */
    public AdxWriter withCompleteDate(Function<AreaFigures, LocalDate> completeDateOfArea) {
        return new AdxWriter(exported, dataSet, completeDateOfArea, ids);
    }

    /**
     * Writes the document to {@code out} in UTF-8, leaving the stream open.
     *
     * @throws InvalidInputException    when no area has a figure: an ADX document holds at least one
     *                                  value, so there is nothing to send
     * @throws IllegalArgumentException when a disaggregation attribute is no XML name
     */
    public void write(List<AreaFigures> areas, OutputStream out) {
        if (areas.stream().allMatch(a -> a.figures().isEmpty())) {
            throw new InvalidInputException("export.nothing", null);
        }
        areas.forEach(a -> a.figures().forEach(f -> f.dims().keySet().forEach(AdxWriter::requireAttributeName)));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "adx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("exported", exported.toString());
            for (AreaFigures area : areas) {
                if (!area.figures().isEmpty()) {
                    group(xml, area);
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the ADX document", e);
        }
    }

    private void group(XMLStreamWriter xml, AreaFigures area) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NAMESPACE, "group");
        xml.writeAttribute("orgUnit", area.orgUnit());
        xml.writeAttribute("period", area.period().iso());
        String set = dataSet != null ? dataSet : ids != null ? ids.dataSet(area.period()) : null;
        if (set != null) {
            xml.writeAttribute("dataSet", set);
        }
        LocalDate completed = completeDate == null ? null : completeDate.apply(area);
        if (completed != null) {
            xml.writeAttribute("completeDate", completed.toString());
        }
        for (Figure figure : area.figures()) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement(NAMESPACE, "dataValue");
            xml.writeAttribute("dataElement", ids == null ? figure.code() : ids.dataElement(figure));
            for (Map.Entry<String, String> dim : figure.dims().entrySet()) {
                xml.writeAttribute(dim.getKey(), dim.getValue());
            }
            xml.writeAttribute("value", Long.toString(figure.value()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void requireAttributeName(String attribute) {
        if (!ATTRIBUTE_NAME.matcher(attribute).matches() || RESERVED.contains(attribute)) {
            throw new IllegalArgumentException("Not a disaggregation attribute ADX can carry: " + attribute);
        }
    }
}
