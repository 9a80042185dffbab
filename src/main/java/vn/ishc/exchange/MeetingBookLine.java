package vn.ishc.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.meetings.AttendanceStatus;

/**
 * One row of a meeting book sheet as read: a member at a club's meeting on a date, whether they came,
 * and what was measured; null where the cell is blank or could not be read (the problems say which).
 */
record MeetingBookLine(int row, Map<MeetingBookColumn, String> cells, Map<MeetingBookColumn, String> headers,
                       String club, LocalDate heldOn, UUID memberId, AttendanceStatus status, Integer systolic,
                       Integer diastolic, Integer pulse, BigDecimal weightKg, Boolean referred,
                       List<RowProblem> problems) {

    String cell(MeetingBookColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** The column as headed in the sheet, or as the template heads it. */
    String header(MeetingBookColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    /** A problem of this row in a column, with its value. */
    RowProblem problem(MeetingBookColumn column, String key, Object... arguments) {
        return new RowProblem(row, column == null ? null : header(column), column == null ? null : cell(column), key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
