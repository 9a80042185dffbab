package vn.ishc.exchange;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Reads the sheet of a commune's clubs out of an .xlsx workbook as it streams: finds the header row
 * (the first of eleven that heads the club name column), then reads each row as people type it: dates as
 * 31/12/2026, 31.12.2026, 31-12-2026, 2026-12-31, "ngày 31 tháng 12 năm 2026" or real Excel dates; the
 * meeting day as 21, "ngày 21" or "Ngày 21 hằng tháng". Every value it cannot understand is noted with its
 * row, column and value. Rows whose code cell starts with "(" are the template's hints.
 */
class ClubSheetReader {

    static final String HINT_MARK = "(";
    static final String SEPARATOR = ";";

    private static final int HEADER_SEARCH = 10;
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*(?:nam\\s*)?(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(?:ngay\\s*)?(\\d{1,4})(?:\\.0+)?(?:\\s*(?:hang|moi)\\s*thang)?");

    private final ImportLimits limits;

    ClubSheetReader(ImportLimits limits) {
        this.limits = limits;
    }

    List<ClubSheetLine> read(InputStream in) {
        try (UploadedFile file = UploadedFile.copy(in, limits)) {
            return read(file);
        }
    }

    List<ClubSheetLine> read(UploadedFile file) {
        Lines lines = new Lines();
        int rows = new SheetStream(limits).read(file.path(), lines);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.clubs.noRows", "file");
        }
        return lines.lines;
    }

    /** A date as people write it, or null when the text is not one. */
    static LocalDate date(String text) {
        String t = VietnameseText.searchKey(text);
        try {
            Matcher m;
            if ((m = DMY.matcher(t)).matches() || (m = WORDS.matcher(t)).matches()) {
                return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
            }
            if ((m = ISO.matcher(t)).matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
        } catch (DateTimeException e) {
            // not a date
        }
        return null;
    }

    private final class Lines implements SheetStream.Rows {
        private final List<ClubSheetLine> lines = new ArrayList<>();
        private final List<Row> waiting = new ArrayList<>();
        private Map<ClubSheetColumn, Integer> index;
        private Map<ClubSheetColumn, String> headers;

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
            if (cells.stream().anyMatch(c -> ClubSheetColumn.NAME.heads(text(c)))) {
                header(waiting.size() - 1);
            }
        }

        void end() {
            if (index == null && !waiting.isEmpty()) {
                header(0);
            }
        }

        private void header(int at) {
            Row header = waiting.get(at);
            index = new EnumMap<>(ClubSheetColumn.class);
            headers = new EnumMap<>(ClubSheetColumn.class);
            for (SheetStream.Cell cell : header.cells()) {
                String text = text(cell);
                for (ClubSheetColumn column : ClubSheetColumn.values()) {
                    if (!index.containsKey(column) && column.heads(text)) {
                        index.put(column, cell.column());
                        headers.put(column, text);
                        break;
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (ClubSheetColumn column : ClubSheetColumn.values()) {
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
            Map<ClubSheetColumn, String> cells = new EnumMap<>(ClubSheetColumn.class);
            index.forEach((column, i) -> cells.put(column, text(byColumn.get(i))));
            if (cells.values().stream().allMatch(String::isEmpty) || cells.get(ClubSheetColumn.CODE).startsWith(HINT_MARK)) {
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.clubs.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(r + 1, cells, headers).line());
        }
    }

    private static String text(SheetStream.Cell cell) {
        if (cell == null) {
            return "";
        }
        String clean = VietnameseText.clean(cell.text());
        return clean == null ? "" : clean;
    }

    /** Reads one row's cells into values, collecting a problem for each it cannot understand. */
    private static final class LineReader {
        private final int row;
        private final Map<ClubSheetColumn, String> cells;
        private final Map<ClubSheetColumn, String> headers;
        private final List<RowProblem> problems = new ArrayList<>();

        LineReader(int row, Map<ClubSheetColumn, String> cells, Map<ClubSheetColumn, String> headers) {
            this.row = row;
            this.cells = cells;
            this.headers = headers;
        }

        ClubSheetLine line() {
            String code = required(ClubSheetColumn.CODE);
            String name = required(ClubSheetColumn.NAME);
            String village = required(ClubSheetColumn.VILLAGE);
            String decision = required(ClubSheetColumn.DECISION_NUMBER);
            LocalDate decisionDate = date(ClubSheetColumn.DECISION_DATE, true);
            LocalDate foundedOn = date(ClubSheetColumn.FOUNDED_ON, false);
            Integer meetingDay = meetingDay();
            Map<ClubSheetColumn, List<String>> board = new LinkedHashMap<>();
            for (ClubSheetColumn column : ClubSheetColumn.BOARD) {
                String t = text(column);
                if (t != null) {
                    board.put(column, Arrays.stream(t.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                            .toList());
                }
            }
            return new ClubSheetLine(row, cells, headers, code, name, village, decision, decisionDate, foundedOn,
                    meetingDay, board, List.copyOf(problems));
        }

        private String text(ClubSheetColumn column) {
            String t = cells.getOrDefault(column, "");
            return t.isEmpty() ? null : t;
        }

        private String required(ClubSheetColumn column) {
            String t = text(column);
            if (t == null) {
                refuse(column, "exchange.clubs.required", header(column));
            }
            return t;
        }

        private LocalDate date(ClubSheetColumn column, boolean required) {
            String t = required ? required(column) : text(column);
            if (t == null) {
                return null;
            }
            LocalDate d = ClubSheetReader.date(t);
            if (d == null) {
                refuse(column, "exchange.cell.date", header(column), t);
            }
            return d;
        }

        /** The day of the month; null for a blank cell or one that is not a number (a weekday of a week). */
        private Integer meetingDay() {
            String t = required(ClubSheetColumn.MEETING_DAY);
            if (t == null) {
                return null;
            }
            Matcher m = DAY.matcher(VietnameseText.searchKey(t));
            if (!m.matches()) {
                return null;
            }
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                refuse(ClubSheetColumn.MEETING_DAY, "exchange.clubs.meetingDay", header(ClubSheetColumn.MEETING_DAY), t);
                return null;
            }
            return day;
        }

        private String header(ClubSheetColumn column) {
            return headers.getOrDefault(column, column.header());
        }

        private void refuse(ClubSheetColumn column, String key, Object... arguments) {
            problems.add(new RowProblem(row, header(column), cells.getOrDefault(column, ""), key,
                    Arrays.stream(arguments).map(String::valueOf).toList()));
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
