package vn.ishc.exchange;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/**
 * Reads the monthly meeting book sheet of an .xlsx workbook as it streams out of the file: finds the
 * header row (the first of eleven that heads the member id column), then reads each row as people type
 * it: dates as 31/12/2026, 31.12.2026, 2026-12-31 or real Excel dates, Có/Không (or x) for attendance,
 * readings as whole numbers and the weight with a point or a comma. Every value it cannot understand is
 * noted with its row, column and value. Rows whose club cell starts with "(" are the template's hints, and
 * rows with nothing filled in but the club and the member are template rows of a meeting not in the sheet.
 */
class MeetingBookReader {

    static final String HINT_MARK = "(";
    /** The columns a person fills in; a row with none of them is a template row not filled, and is not read. */
    static final List<MeetingBookColumn> FILLED = List.of(MeetingBookColumn.HELD_ON, MeetingBookColumn.PRESENT,
            MeetingBookColumn.SYSTOLIC, MeetingBookColumn.DIASTOLIC, MeetingBookColumn.PULSE, MeetingBookColumn.WEIGHT,
            MeetingBookColumn.REFERRED);

    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}(\\.0+)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}([.,]\\d+)?");

    private final ImportLimits limits;

    MeetingBookReader(ImportLimits limits) {
        this.limits = limits;
    }

    List<MeetingBookLine> read(InputStream in) {
        try (UploadedFile file = UploadedFile.copy(in, limits)) {
            return read(file);
        }
    }

    List<MeetingBookLine> read(UploadedFile file) {
        Lines lines = new Lines();
        int rows = new SheetStream(limits).read(file.path(), lines.rows);
        if (rows == 0) {
            throw new InvalidInputException("exchange.file.empty", "file");
        }
        lines.rows.end();
        if (lines.lines.isEmpty()) {
            throw new InvalidInputException("exchange.meetingBook.noRows", "file");
        }
        return lines.lines;
    }

    /** The rows read, each into a line; the template's hint rows passed over. */
    private final class Lines implements HeadedRows.Sink<MeetingBookColumn> {
        private final List<MeetingBookLine> lines = new ArrayList<>();
        private final HeadedRows<MeetingBookColumn> rows = new HeadedRows<>(MeetingBookColumn.class, MeetingBookColumn.MEMBER_ID, this);

        @Override
        public void line(int row, Map<MeetingBookColumn, String> cells, Map<MeetingBookColumn, String> headers) {
            if (cells.getOrDefault(MeetingBookColumn.CLUB, "").startsWith(HINT_MARK)) {
                return;
            }
            if (FILLED.stream().allMatch(c -> cells.getOrDefault(c, "").isEmpty())) {
                // A template row left as downloaded: a member of a club whose meeting is not in this sheet.
                return;
            }
            if (lines.size() == limits.maxRows()) {
                throw new InvalidInputException("exchange.meetingBook.tooManyRows", "file", limits.maxRows());
            }
            lines.add(new LineReader(row, cells, headers).line());
        }
    }

    /** Reads one row's cells into values, collecting a problem for each it cannot understand. */
    private static final class LineReader {
        private final int row;
        private final Map<MeetingBookColumn, String> cells;
        private final Map<MeetingBookColumn, String> headers;
        private final List<RowProblem> problems = new ArrayList<>();

        LineReader(int row, Map<MeetingBookColumn, String> cells, Map<MeetingBookColumn, String> headers) {
            this.row = row;
            this.cells = cells;
            this.headers = headers;
        }

        MeetingBookLine line() {
            return new MeetingBookLine(row, cells, headers, text(MeetingBookColumn.CLUB), date(), id(), status(),
                    whole(MeetingBookColumn.SYSTOLIC), whole(MeetingBookColumn.DIASTOLIC), whole(MeetingBookColumn.PULSE),
                    decimal(MeetingBookColumn.WEIGHT), yesNo(MeetingBookColumn.REFERRED), List.copyOf(problems));
        }

        private String text(MeetingBookColumn column) {
            String t = cells.getOrDefault(column, "");
            return t.isEmpty() ? null : t;
        }

        private LocalDate date() {
            String t = text(MeetingBookColumn.HELD_ON);
            if (t == null) {
                refuse(MeetingBookColumn.HELD_ON, "exchange.meetingBook.required", header(MeetingBookColumn.HELD_ON));
                return null;
            }
            Optional<LocalDate> date = SheetDates.parse(t);
            if (date.isPresent()) {
                return date.get();
            }
            refuse(MeetingBookColumn.HELD_ON, "exchange.cell.date", header(MeetingBookColumn.HELD_ON), t);
            return null;
        }

        private UUID id() {
            String t = text(MeetingBookColumn.MEMBER_ID);
            if (t == null) {
                refuse(MeetingBookColumn.MEMBER_ID, "exchange.meetingBook.required", header(MeetingBookColumn.MEMBER_ID));
                return null;
            }
            try {
                return UUID.fromString(t);
            } catch (IllegalArgumentException e) {
                refuse(MeetingBookColumn.MEMBER_ID, "exchange.meetingBook.memberId", header(MeetingBookColumn.MEMBER_ID), t);
                return null;
            }
        }

        private AttendanceStatus status() {
            String t = text(MeetingBookColumn.PRESENT);
            if (t == null) {
                refuse(MeetingBookColumn.PRESENT, "exchange.meetingBook.required", header(MeetingBookColumn.PRESENT));
                return null;
            }
            return switch (VietnameseText.searchKey(t)) {
                case "co", "co mat", "x", "1", "yes", "true" -> AttendanceStatus.PRESENT;
                case "khong", "vang", "0", "no", "false" -> AttendanceStatus.ABSENT;
                case "co phep", "vang co phep" -> AttendanceStatus.EXCUSED;
                default -> {
                    refuse(MeetingBookColumn.PRESENT, "exchange.cell.yesNo", header(MeetingBookColumn.PRESENT), t);
                    yield null;
                }
            };
        }

        private Boolean yesNo(MeetingBookColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            return switch (VietnameseText.searchKey(t)) {
                case "co", "x", "1", "yes", "true" -> true;
                case "khong", "0", "no", "false" -> false;
                default -> {
                    refuse(column, "exchange.cell.yesNo", header(column), t);
                    yield null;
                }
            };
        }

        private Integer whole(MeetingBookColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            if (WHOLE.matcher(t).matches()) {
                return Integer.valueOf(t.replaceFirst("\\.0+$", ""));
            }
            refuse(column, "exchange.meetingBook.whole", header(column), t);
            return null;
        }

        private BigDecimal decimal(MeetingBookColumn column) {
            String t = text(column);
            if (t == null) {
                return null;
            }
            if (DECIMAL.matcher(t).matches()) {
                return new BigDecimal(t.replace(',', '.'));
            }
            refuse(column, "exchange.meetingBook.decimal", header(column), t);
            return null;
        }

        private String header(MeetingBookColumn column) {
            return headers.getOrDefault(column, column.header());
        }

        private void refuse(MeetingBookColumn column, String key, Object... arguments) {
            problems.add(new RowProblem(row, header(column), cells.getOrDefault(column, ""), key,
                    java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
        }

    }
}
