package vn.ishc.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ishc.members.Birth;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Reads the members sheet of an .xlsx workbook: finds the header row, then reads each row's cells as
 * people type them (dates as 31/12/1950, 12/1950 or 1950, or real Excel dates; numbers typed into
 * cells Excel took for numbers) and notes every value it cannot understand, with row and column.
 * The sheet is read as it streams out of the file and reading stops at the first row past the limit,
 * so a file of any number of rows costs no more than the limit's worth.
 */
class MemberSheetReader {

    /** Rows that start with this are the template's example and are not read. */
    static final String EXAMPLE_MARK = "(Ví dụ)";
    /** Begins the name cell of the template's hint row, which is never imported either. */
    static final String HINT_MARK = "(Hướng dẫn)";

    private static final int HEADER_SEARCH = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today;
    private final ImportLimits limits;

    MemberSheetReader(LocalDate today, ImportLimits limits) {
        this.today = today;
        this.limits = limits;
    }

    List<SheetLine> read(InputStream in) {
        try (UploadedFile file = UploadedFile.copy(in, limits)) {
            return read(file);
        }
    }

    List<SheetLine> read(UploadedFile file) {
        return sheet(file).lines();
    }

    /**
     * The rows of a members sheet, and the headers of the columns it does not read (in sheet order), so
     * that a column the reader does not know is said to be ignored rather than dropped in silence.
     */
    record Sheet(List<SheetLine> lines, List<String> ignored) {
    }

    Sheet sheet(UploadedFile file) {
        Lines lines = new Lines();
        int rows = new SheetStream(limits).read(file.path(), lines);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.file.noRows", "file");
        }
        return new Sheet(lines.lines, List.copyOf(lines.ignored));
    }

    /**
     * The rows as they come: the header is the first row (of the first eleven) with a cell that heads
     * the name column, else the first row; the rows after it are members, blank rows and the
     * template's example left out.
     */
    private final class Lines implements SheetStream.Rows {
        private final List<SheetLine> lines = new ArrayList<>();
        private final List<Row> waiting = new ArrayList<>();
        private Map<MemberColumn, Integer> index;
        private Map<MemberColumn, String> headers;
        private final List<String> ignored = new ArrayList<>();

        private record Row(int index, List<SheetStream.Cell> cells) {
        }

        @Override
        public void row(int r, List<SheetStream.Cell> cells) {
            if (index != null) {
                line(r, cells);
                return;
            }
            if (!waiting.isEmpty() && r > waiting.get(0).index() + HEADER_SEARCH) {
                header(0);
                line(r, cells);
                return;
            }
            waiting.add(new Row(r, cells));
            if (cells.stream().anyMatch(c -> MemberColumn.FULL_NAME.heads(text(c, null)))) {
                header(waiting.size() - 1);
            }
        }

        void end() {
            if (index == null && !waiting.isEmpty()) {
                header(0);
            }
        }

        /** Takes the waiting row {@code at} as the header; the waiting rows after it are members. */
        private void header(int at) {
            Row header = waiting.get(at);
            index = new EnumMap<>(MemberColumn.class);
            headers = new EnumMap<>(MemberColumn.class);
            for (SheetStream.Cell cell : header.cells()) {
                String text = text(cell, null);
                MemberColumn column = Arrays.stream(MemberColumn.values()).filter(c -> c.heads(text)).findFirst()
                        .orElse(null);
                if (column == null) {
                    if (!text.isEmpty()) {
                        ignored.add(text);
                    }
                } else if (index.containsKey(column)) {
                    throw new InvalidInputException("exchange.header.twice", "file", column.header()
                            .replaceFirst("\\s*\\(.*$", ""), headers.get(column), text, header.index() + 1);
                } else {
                    index.put(column, cell.column());
                    headers.put(column, text.replaceFirst("\\s*\\*+$", ""));
                }
            }
            List<String> missing = new ArrayList<>();
            for (MemberColumn column : MemberColumn.values()) {
                if (!index.containsKey(column) && column.required()) {
                    missing.add(column.header());
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException("exchange.header.missing", "file", String.join(", ", missing),
                        header.index() + 1);
            }
            List<Row> after = List.copyOf(waiting.subList(at + 1, waiting.size()));
            waiting.clear();
            after.forEach(row -> line(row.index(), row.cells()));
        }

        private void line(int r, List<SheetStream.Cell> row) {
            Map<Integer, SheetStream.Cell> byColumn = new HashMap<>();
            row.forEach(cell -> byColumn.put(cell.column(), cell));
            Map<MemberColumn, String> cells = SheetLine.emptyCells();
            index.forEach((column, i) -> cells.put(column, text(byColumn.get(i), column)));
            if (cells.values().stream().allMatch(String::isEmpty)
                    || cells.get(MemberColumn.FULL_NAME).startsWith(EXAMPLE_MARK)
                    || cells.get(MemberColumn.FULL_NAME).startsWith(HINT_MARK)) {
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.file.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(r + 1, cells, headers).line());
        }
    }

    /** A cell as the person typed it; Excel dates as dd/MM/yyyy, whole numbers without ".0". */
    static String text(SheetStream.Cell cell, MemberColumn column) {
        if (cell == null) {
            return "";
        }
        String clean = VietnameseText.clean(cell.number() ? number(cell.text(), column) : cell.text());
        return clean == null ? "" : clean;
    }

    /** A number Excel made of typed digits; the leading zero it dropped from an ID or phone is put back. */
    private static String number(String digits, MemberColumn column) {
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
                    date(MemberColumn.JOINED_ON), id(), List.copyOf(problems));
        }

        /** The cell's text; null where it is blank or the sheet has no such column. */
        private String text(MemberColumn column) {
            String t = cells.getOrDefault(column, "");
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
            Optional<LocalDate> date = SheetDates.parse(t);
            if (date.isPresent()) {
                return date.get();
            }
            refuse(column, "exchange.cell.date", headers.get(column), t);
            return null;
        }

        private UUID id() {
            String t = text(MemberColumn.ID);
            if (t == null) {
                return null;
            }
            try {
                return UUID.fromString(t);
            } catch (IllegalArgumentException e) {
                refuse(MemberColumn.ID, "exchange.cell.id", headers.get(MemberColumn.ID), t);
                return null;
            }
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

    }
}
