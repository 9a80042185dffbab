package vn.ishc.shared;

/** Input that breaks a rule (an empty name, a duplicate, a date outside any period): HTTP 400/422. */
public class InvalidInputException extends UserFacingException {
    public InvalidInputException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
