package vn.ishc.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.Share;

/**
 * Writes a report table as an Excel workbook (.xlsx), in the user's language. The first sheet has a
 * row per area and period: the area's name, its code, the period, then one column per indicator (a
 * code, alone or with a disaggregation). Its two header rows give each column's name as people read
 * it ("Thành viên — Nữ") and as machines read it ("MEMBERS[SEX=F]"). The second sheet gives each
 * indicator's code, name and definition.
 *
 * <p>Values are numeric cells, never text: money as whole đồng with thousands separators, counts as
 * whole numbers. An area with no figure for a column has an empty cell, not a zero. Rows are
 * streamed to disk as they are written, so a table of every commune fits in little memory.
 *
 * <p>Names come from the messages {@code indicator.<CODE>.name} and {@code .definition}, options
 * from {@code dim.<ATTRIBUTE>.<OPTION>} (activity areas from {@code area.<AREA>}); a code without
 * a message shows as itself.
 */
public final class SheetWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Columns before the indicators: area name, area code, period. */
    static final int LEAD = 3;
    private static final int ROWS_IN_MEMORY = 200;

    /**
     * One column of the table: an indicator code, for all (no dims) or for one disaggregation; or, with a
     * {@code denominator}, that figure in per cent of the denominator's total (whose columns the table has too).
     */
    public record Column(String code, Map<String, String> dims, String denominator) {

        public Column {
            Objects.requireNonNull(code, "code");
            dims = dims == null || dims.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new TreeMap<>(dims));
        }

        public Column(String code, Map<String, String> dims) {
            this(code, dims, null);
        }

        /** The share in per cent, beside its numerator's and denominator's own columns. */
        public static Column share(Share share) {
            return new Column(share.numerator(), share.dims(), share.denominator());
        }

        public static Column total(String code) {
            return new Column(code, Map.of());
        }

        public static Column of(String code, String attribute, String option) {
            return new Column(code, Map.of(attribute, option));
        }

        /**
         * As the code row writes it: "MEMBERS", "MEMBERS[AGE=A60_69;SEX=F]"; a share as its numerator's key over
         * its denominator's, "MEETING_ATTENDANCE/MEETING_ATTENDANCE_EXPECTED".
         */
        public String key() {
            String figure = dims.isEmpty() ? code : code + "[" + dimsKey(dims) + "]";
            return denominator == null ? figure : figure + "/" + denominator;
        }

        /** The key of the figure the column is, or of a share's numerator. */
        String figureKey() {
            return dims.isEmpty() ? code : code + "[" + dimsKey(dims) + "]";
        }

        boolean money() {
            return denominator == null && Indicator.inDong(code);
        }
    }

    private final MessageSource messages;

    public SheetWriter(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Writes the workbook to {@code out}, leaving the stream open. */
    public void write(List<AreaFigures> rows, List<Column> columns, Locale locale, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            Styles styles = new Styles(workbook);
            table(workbook.createSheet(say("export.sheet.report", locale)), rows, columns, styles, locale);
            definitions(workbook.createSheet(say("export.sheet.definitions", locale)), columns, styles, locale);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void table(Sheet sheet, List<AreaFigures> rows, List<Column> columns, Styles styles, Locale locale) {
        Row names = sheet.createRow(0);
        Row codes = sheet.createRow(1);
        String[] lead = {say("export.column.area", locale), say("export.column.areaCode", locale),
                say("export.column.period", locale)};
        for (int i = 0; i < LEAD; i++) {
            text(names, i, lead[i], styles.header);
            text(codes, i, "", styles.code);
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            text(names, LEAD + c, label(column, locale), styles.header);
            text(codes, LEAD + c, column.key(), styles.code);
            sheet.setColumnWidth(LEAD + c, 18 * 256);
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.createFreezePane(LEAD, 2);
        int r = 2;
        for (AreaFigures area : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, area.name() == null ? "" : area.name(), null);
            text(row, 1, area.orgUnit(), null);
            text(row, 2, area.period().code(), null);
            Map<String, Long> values = new HashMap<>();
            for (Figure f : area.figures()) {
                values.put(f.dims().isEmpty() ? f.code() : f.code() + "[" + f.dimsKey() + "]", f.value());
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.denominator() != null) {
                    BigDecimal percent = Share.percent(values.get(column.figureKey()), values.get(column.denominator()));
                    if (percent != null) {
                        Cell cell = row.createCell(LEAD + c);
                        cell.setCellValue(percent.doubleValue());
                        cell.setCellStyle(styles.percent);
                    }
                    continue;
                }
                Long value = values.get(column.key());
                if (value != null) {
                    Cell cell = row.createCell(LEAD + c);
                    cell.setCellValue((double) value);
                    cell.setCellStyle(column.money() ? styles.money : styles.count);
                }
            }
        }
    }

    private void definitions(Sheet sheet, List<Column> columns, Styles styles, Locale locale) {
        Row header = sheet.createRow(0);
        text(header, 0, say("export.column.code", locale), styles.header);
        text(header, 1, say("export.column.name", locale), styles.header);
        text(header, 2, say("export.column.definition", locale), styles.header);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.createFreezePane(0, 1);
        Set<String> codes = columns.stream().map(Column::code).collect(Collectors.toCollection(LinkedHashSet::new));
        int r = 1;
        for (String code : codes) {
            Row row = sheet.createRow(r++);
            text(row, 0, code, null);
            text(row, 1, name(code, locale), styles.wrap);
            text(row, 2, messages.getMessage("indicator." + code + ".definition", null, code, locale), styles.wrap);
        }
    }

    /** "Thành viên" for a total, "Thành viên — 60–69 tuổi, Nữ" for a disaggregation. */
    String label(Column column, Locale locale) {
        if (column.denominator() != null) {
            return messages.getMessage("export.column.share", new Object[] {
                    label(new Column(column.code(), column.dims()), locale), name(column.denominator(), locale)}, locale);
        }
        if (column.dims().isEmpty()) {
            return name(column.code(), locale);
        }
        return name(column.code(), locale) + " — " + column.dims().entrySet().stream()
                .map(e -> option(e.getKey(), e.getValue(), locale))
                .collect(Collectors.joining(", "));
    }

    private String name(String code, Locale locale) {
        return messages.getMessage("indicator." + code + ".name", null, code, locale);
    }

    private String option(String attribute, String option, Locale locale) {
        String key = "AREA".equals(attribute) ? "area." + option : "dim." + attribute + "." + option;
        return messages.getMessage(key, null, attribute + "=" + option, locale);
    }

    private String say(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static String dimsKey(Map<String, String> dims) {
        return dims.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The few cell styles of the workbook, made once (a workbook holds a limited number of styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle code;
        final CellStyle wrap;
        final CellStyle money;
        final CellStyle count;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            Font small = workbook.createFont();
            small.setFontHeightInPoints((short) 9);
            small.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            code = workbook.createCellStyle();
            code.setFont(small);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }
}
