package vn.ishc.exchange;

import vn.ishc.members.CitizenIds;
import java.util.List;

/**
 * Why a row of a sheet is refused: the row number as Excel shows it, the column as headed in the
 * sheet (null when the problem is the row as a whole), the value in the cell, and a message key
 * with its arguments, to be read in the user's language.
 */
public record RowProblem(int row, String column, String value, String messageKey, List<String> arguments) {

    private static final java.util.regex.Pattern CITIZEN_ID = java.util.regex.Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    /**
     * The same problem as shown to a reader who sees citizen IDs masked: the citizen ID cell's value, and
     * any citizen ID in the other cell or the message's arguments, as {@code 001****1234}.
     */
    public RowProblem withCitizenIdsMasked() {
        boolean citizenId = MemberColumn.CITIZEN_ID.header().equals(column) && value != null;
        String shown = citizenId ? CitizenIds.mask(value) : masked(value);
        // A malformed number is named in the message too: masked like the cell, whatever its length.
        return new RowProblem(row, column, shown, messageKey, arguments.stream()
                .map(a -> citizenId && a != null && a.contains(value) ? a.replace(value, shown) : masked(a)).toList());
    }

    /** The text with every 12-digit number in it masked as a citizen ID. */
    static String masked(String text) {
        return text == null ? null : CITIZEN_ID.matcher(text).replaceAll(m -> CitizenIds.mask(m.group()));
    }

    /** As a record prints itself, with citizen IDs masked as {@link #withCitizenIdsMasked} shows them. */
    @Override
    public String toString() {
        RowProblem shown = arguments == null ? new RowProblem(row, column, masked(value), messageKey, null)
                : withCitizenIdsMasked();
        return "RowProblem[row=" + row + ", column=" + column + ", value=" + shown.value + ", messageKey=" + messageKey
                + ", arguments=" + shown.arguments + "]";
    }
}
