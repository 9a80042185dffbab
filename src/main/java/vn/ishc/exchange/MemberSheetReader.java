package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.members.Birth;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Reads the members sheet of an .xlsx workbook: finds the header row, then reads each row's cells as
 * people type them (dates as 31/12/1950, 12/1950 or 1950, or real Excel dates; numbers typed into
 * cells Excel took for numbers) and notes every value it cannot understand, with row and column.
 */
class MemberSheetReader {

    /** The most rows one upload may hold: a whole commune's members and more. */
    static final int MAX_ROWS = 10_000;
    /** Rows that start with this are the template's example and are not read. */
    static final String EXAMPLE_MARK = "(Ví dụ)";

    private static final int HEADER_SEARCH = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final LocalDate today;

    MemberSheetReader(LocalDate today) {
        this.today = today;
    }

    List<SheetLine> read(InputStream in) {
        try (Workbook workbook = open(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException("exchange.file.empty", "file");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() == 0) {
                throw new InvalidInputException("exchange.file.empty", "file");
            }
            int headerRow = findHeader(sheet);
            Map<MemberColumn, Integer> index = new EnumMap<>(MemberColumn.class);
            Map<MemberColumn, String> headers = new EnumMap<>(MemberColumn.class);
            Row header = sheet.getRow(headerRow);
            for (Cell cell : header) {
                String text = text(cell, null);
                for (MemberColumn column : MemberColumn.values()) {
                    if (!index.containsKey(column) && column.heads(text)) {
                        index.put(column, cell.getColumnIndex());
                        headers.put(column, VietnameseText.clean(text));
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (MemberColumn column : MemberColumn.values()) {
                if (!index.containsKey(column)) {
                    missing.add(column.header());
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException("exchange.header.missing", "file", String.join(", ", missing),
                        headerRow + 1);
            }
            List<SheetLine> lines = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<MemberColumn, String> cells = SheetLine.emptyCells();
                index.forEach((column, i) -> cells.put(column, text(row.getCell(i), column)));
                if (cells.values().stream().allMatch(String::isEmpty)
                        || cells.get(MemberColumn.FULL_NAME).startsWith(EXAMPLE_MARK)) {
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    throw new InvalidInputException("exchange.file.tooManyRows", "file", MAX_ROWS);
                }
                lines.add(new LineReader(r + 1, cells, headers).line());
            }
            if (lines.isEmpty()) {
                throw new InvalidInputException("exchange.file.noRows", "file");
            }
            return lines;
        } catch (IOException e) {
            throw new InvalidInputException("exchange.file.unreadable", "file");
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // Not a zip of Office XML (an .xls, a CSV, a picture) or a damaged file.
            throw new InvalidInputException("exchange.file.notXlsx", "file");
        }
    }

    private static int findHeader(Sheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH);
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell cell : row) {
                    if (MemberColumn.FULL_NAME.heads(text(cell, null))) {
                        return r;
                    }
                }
            }
        }
        return Math.max(sheet.getFirstRowNum(), 0);
    }

    /** A cell as the person typed it; Excel dates as dd/MM/yyyy, whole numbers without ".0". */
    static String text(Cell cell, MemberColumn column) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Có" : "Không";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DAY)
                    : number(cell.getNumericCellValue(), column);
            default -> "";
        };
        String clean = VietnameseText.clean(text);
        return clean == null ? "" : clean;
    }

    /** A number Excel made of typed digits; the leading zero it dropped from an ID or phone is put back. */
    private static String number(double value, MemberColumn column) {
        String digits = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        if (column == MemberColumn.CITIZEN_ID && digits.matches("\\d{10,11}")) {
            // A citizen ID starts with the province code 001–096: one or two zeros may have gone.
            return "0".repeat(12 - digits.length()) + digits;
        }
        if (column == MemberColumn.PHONE && digits.matches("[1-9]\\d{8}")) {
            return "0" + digits;
        }
        return digits;
    }

    /** Reads one row's cells into values, collecting a problem for each it cannot understand. */
    private final class LineReader {
        private final int row;
        private final Map<MemberColumn, String> cells;
        private final Map<MemberColumn, String> headers;
        private final List<RowProblem> problems = new ArrayList<>();

        LineReader(int row, Map<MemberColumn, String> cells, Map<MemberColumn, String> headers) {
            this.row = row;
            this.cells = cells;
            this.headers = headers;
        }

        SheetLine line() {
            return new SheetLine(row, cells, headers, text(MemberColumn.FULL_NAME), text(MemberColumn.SEX), birth(),
                    text(MemberColumn.ETHNICITY), text(MemberColumn.HOUSEHOLD), year(MemberColumn.HOUSEHOLD_YEAR),
                    text(MemberColumn.HI_CARD), date(MemberColumn.HI_CARD_EXPIRY), yesNo(MemberColumn.DISABILITY),
                    yesNo(MemberColumn.LIVES_ALONE), text(MemberColumn.PHONE), text(MemberColumn.CITIZEN_ID),
                    date(MemberColumn.JOINED_ON), List.copyOf(problems));
        }

        private String text(MemberColumn column) {
            String t = cells.get(column);
            return t.isEmpty() ? null : t;
        }

        private String birth() {
            String t = text(MemberColumn.BIRTH);
            if (t == null) {
                return null;
            }
            try {
                Birth b = Birth.parse(t, today);
                return b.date() != null ? b.date().format(DAY) : t.length() > 4 ? t : String.valueOf(b.year());
            } catch (InvalidInputException e) {
                refuse(MemberColumn.BIRTH, e.messageKey(), e.arguments());
                return null;
            }
        }

        private LocalDate date(MemberColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            try {
                Matcher m;
                if ((m = DMY.matcher(t)).matches()) {
                    return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
                }
                if ((m = ISO.matcher(t)).matches()) {
                    return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                }
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
            refuse(column, "exchange.cell.date", headers.get(column), t);
            return null;
        }

        private Integer year(MemberColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            if (t.matches("\\d{4}")) {
                return Integer.valueOf(t);
            }
            refuse(column, "exchange.cell.year", headers.get(column), t);
            return null;
        }

        private Boolean yesNo(MemberColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            return switch (VietnameseText.searchKey(t)) {
                case "co", "x", "yes", "true", "1" -> true;
                case "khong", "no", "false", "0" -> false;
                default -> {
                    refuse(column, "exchange.cell.yesNo", headers.get(column), t);
                    yield null;
                }
            };
        }

        private void refuse(MemberColumn column, String key, Object... arguments) {
            problems.add(new RowProblem(row, headers.get(column), cells.get(column), key,
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }
}
