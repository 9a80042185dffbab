package vn.ishc.reporting;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.reporting.export.AdxValidator;
import vn.ishc.reporting.export.AdxWriter;
import vn.ishc.reporting.export.DataValueSetWriter;
import vn.ishc.reporting.export.Dhis2Catalogue;
import vn.ishc.reporting.export.SheetWriter;
import vn.ishc.shared.InvalidInputException;

/**
 * A report table as a file: the spreadsheet (with its sheet of definitions), an ADX document checked
 * against the schema before it leaves, or a DHIS2 {@code dataValueSets} document. The area's own row
 * comes first, then the rows below it.
 */
@Component
public class IndicatorExports {

    private static final Logger log = LoggerFactory.getLogger(IndicatorExports.class);

    private final SheetWriter sheets;
    private final Clock clock;
    private final Dhis2OrgUnits orgUnits;

    IndicatorExports(MessageSource messages, Clock clock, Dhis2OrgUnits orgUnits) {
        this.sheets = new SheetWriter(messages);
        this.clock = clock;
        this.orgUnits = orgUnits;
    }

    /**
     * The codes asked for ("MEMBERS,CLUBS_ACTIVE"), in the catalogue's order; every code when none is asked.
     *
     * @throws InvalidInputException for a code that is not in the catalogue
     */
    public static Set<String> codes(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            Arrays.stream(Indicator.values()).forEach(i -> out.add(i.name()));
            return out;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String code : text.split(",")) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (!c.isEmpty()) {
                if (Indicator.of(c).isEmpty()) {
                    throw new InvalidInputException("dashboard.code.unknown", "codes", c);
                }
                asked.add(c);
            }
        }
        Arrays.stream(Indicator.values()).filter(i -> asked.contains(i.name())).forEach(i -> out.add(i.name()));
        return out;
    }

    /** The same figures with only those of these codes. */
    public static AreaFigures only(AreaFigures figures, Collection<String> codes) {
        return new AreaFigures(figures.orgUnit(), figures.name(), figures.period(),
                figures.figures().stream().filter(f -> codes.contains(f.code())).toList());
    }

    private static List<AreaFigures> rows(IndicatorTables.Table table, Collection<String> codes) {
        return table.rows().stream().map(r -> only(r, codes)).toList();
    }

    /**
     * The spreadsheet: a column for each code's total, members also by sex, loans outstanding also by days overdue,
     * and each share of a code (in per cent) with its numerator's and denominator's columns.
     */
    public void sheet(IndicatorTables.Table table, Collection<String> codes, Locale locale, OutputStream out) {
        List<SheetWriter.Column> columns = new ArrayList<>();
        for (String code : codes) {
            columns.add(SheetWriter.Column.total(code));
            if (Indicator.MEMBERS.name().equals(code)) {
                columns.add(SheetWriter.Column.of(code, "SEX", "F"));
                columns.add(SheetWriter.Column.of(code, "SEX", "M"));
            }
            if (Indicator.LOANS_OUTSTANDING.name().equals(code)) {
                for (OverdueAge age : OverdueAge.values()) {
                    columns.add(SheetWriter.Column.of(code, OverdueAge.ATTRIBUTE, age.name()));
                }
            }
        }
        // Each share beside its two parts: the denominator's column is added when it was not asked for.
        List<String> shown = new ArrayList<>(codes);
        for (Share share : Share.of(codes)) {
            if (!shown.contains(share.denominator())) {
                shown.add(share.denominator());
                columns.add(SheetWriter.Column.total(share.denominator()));
            }
            columns.add(SheetWriter.Column.share(share));
        }
        sheets.write(rows(table, shown), columns, locale, out);
    }

    /**
     * The ADX document, whole, once it has passed the schema: org units, data elements and data sets by
     * their uids in the DHIS2 metadata package ({@link Dhis2OrgUnits}, {@link Dhis2Catalogue}).
     *
     * @throws InvalidInputException when there is no figure to send
     * @throws IllegalStateException when the document written does not pass the schema (a fault of ours)
     */
    public byte[] adx(IndicatorTables.Table table, Collection<String> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdxWriter.exportedAt(clock.instant()).withIds(Dhis2Catalogue.get()).write(orgUnits.identified(table, codes), out);
        byte[] document = out.toByteArray();
        List<String> problems = AdxValidator.problems(document);
        if (!problems.isEmpty()) {
            log.error("ADX export of {} {} fails the schema: {}", table.figures().orgUnit(), table.period(), problems);
            throw new IllegalStateException("ADX export fails the schema: " + problems.get(0));
        }
        return document;
    }

    /**
     * Checks that the table can be sent to DHIS2 and writes it with the uids of the DHIS2 metadata package.
     *
     * @throws InvalidInputException for a range of months, which DHIS2 has no period for
     */
    public void dhis2(IndicatorTables.Table table, Collection<String> codes, OutputStream out) {
        DataValueSetWriter.create().withIds(Dhis2Catalogue.get()).write(orgUnits.identified(table, codes), out);
    }

    /** Why the table cannot be written as ADX for DHIS2 (its org units not open in its period), or null when it can. */
    public static InvalidInputException adxRefusal(IndicatorTables.Table table) {
        return Dhis2OrgUnits.notYetOpen(table);
    }

    /** Why the table cannot go to DHIS2 (the writer's refusal), or null when it can. */
    public static InvalidInputException dhis2Refusal(IndicatorTables.Table table) {
        InvalidInputException notOpen = Dhis2OrgUnits.notYetOpen(table);
        if (notOpen != null) {
            return notOpen;
        }
        try {
            DataValueSetWriter.create().write(List.of(new AreaFigures(table.figures().orgUnit(), table.figures().name(),
                    table.period(), List.of())), OutputStream.nullOutputStream());
            return null;
        } catch (InvalidInputException e) {
            return e;
        }
    }
}
