package vn.ishc.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal the user should read: a message key with its arguments, and the field it concerns
 * (null when it concerns the whole request). The web layer turns it into a translated message
 * on the page or into a problem detail in the API.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient List<Object> arguments;

    public UserFacingException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = Arrays.stream(arguments).map(UserFacingException::display).toList();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Dates are shown as Vietnamese users write them; null is shown empty. */
    private static Object display(Object argument) {
        if (argument instanceof LocalDate d) {
            return d.format(DAY);
        }
        return argument == null ? "" : argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
