package vn.ishc.exchange;

import java.util.List;

/**
 * Why a row of a sheet is refused: the row number as Excel shows it, the column as headed in the
 * sheet (null when the problem is the row as a whole), the value in the cell, and a message key
 * with its arguments, to be read in the user's language.
 */
public record RowProblem(int row, String column, String value, String messageKey, List<String> arguments) {
}
