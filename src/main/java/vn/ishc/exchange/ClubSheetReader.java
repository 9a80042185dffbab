package vn.ishc.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
        int rows = new SheetStream(limits).read(file.path(), lines.rows);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.rows.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.clubs.noRows", "file");
        }
        return lines.lines;
    }

    /** A date as people write it, or null when the text is not one. */
    static LocalDate date(String text) {
        return SheetDates.parse(text).orElse(null);
    }

    /** The rows read, each into a line; the template's hint rows passed over. */
    private final class Lines implements HeadedRows.Sink<ClubSheetColumn> {
        private final List<ClubSheetLine> lines = new ArrayList<>();
        private final HeadedRows<ClubSheetColumn> rows = new HeadedRows<>(ClubSheetColumn.class, ClubSheetColumn.NAME, this);

        @Override
        public void line(int row, Map<ClubSheetColumn, String> cells, Map<ClubSheetColumn, String> headers) {
            if (cells.getOrDefault(ClubSheetColumn.CODE, "").startsWith(HINT_MARK)) {
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.clubs.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(row, cells, headers).line());
        }
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

}
