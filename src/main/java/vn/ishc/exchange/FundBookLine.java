package vn.ishc.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of a fund book sheet as read: a club, a day, a fund as written, what it records, the amount in
 * whole đồng exactly as typed, and the note; null where the cell is blank or could not be read (the problems
 * say which).
 */
record FundBookLine(int row, Map<FundBookColumn, String> cells, Map<FundBookColumn, String> headers, String club,
                    LocalDate date, String fund, FundBookKind kind, Long amount, String note,
                    List<RowProblem> problems) {

    String cell(FundBookColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** The column as headed in the sheet, or as the template heads it. */
    String header(FundBookColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    /** A problem of this row in a column, with its value. */
    RowProblem problem(FundBookColumn column, String key, Object... arguments) {
        return new RowProblem(row, column == null ? null : header(column), column == null ? null : cell(column), key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
