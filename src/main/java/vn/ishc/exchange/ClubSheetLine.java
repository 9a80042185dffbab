package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of the sheet of a commune's clubs as read: null where a cell is blank or could not be read
 * (the problems say which). {@code meetingDay} is the day of the month when the cell holds one; the cell's
 * text is kept for a club meeting on a weekday of a week. {@code board} holds, for each board column
 * filled in, the members it names (ids or names) as written.
 */
record ClubSheetLine(int row, Map<ClubSheetColumn, String> cells, Map<ClubSheetColumn, String> headers, String code,
                     String name, String village, String decisionNumber, LocalDate decisionDate, LocalDate foundedOn,
                     Integer meetingDay, Map<ClubSheetColumn, List<String>> board, List<RowProblem> problems) {

    String cell(ClubSheetColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** The column as headed in the sheet, or as the template heads it. */
    String header(ClubSheetColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    /** A problem of this row in a column, with its value. */
    RowProblem problem(ClubSheetColumn column, String key, Object... arguments) {
        return new RowProblem(row, column == null ? null : header(column), column == null ? null : cell(column), key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
