package vn.ishc.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * One thing wrong with what was entered: the field (for a member's row, "rows[3].systolic"), a message
 * key and its arguments (dates shown as Vietnamese users write them).
 */
public record Problem(String field, String messageKey, Object... arguments) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Problem {
        arguments = Arrays.stream(arguments)
                .map(a -> a instanceof LocalDate d ? d.format(DAY) : a == null ? "" : a).toArray();
    }
}
