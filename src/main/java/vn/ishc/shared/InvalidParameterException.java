package vn.ishc.shared;

/**
 * A request parameter that cannot be read as what it names (a period of month 13): the request itself is
 * malformed, HTTP 400, where a readable value that breaks a rule is 422.
 */
public class InvalidParameterException extends InvalidInputException {
    public InvalidParameterException(String messageKey, String parameter, Object... arguments) {
        super(messageKey, parameter, arguments);
    }
}
