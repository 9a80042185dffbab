package vn.ishc.shared;

/** Input that breaks a rule (an empty name, a duplicate, a date outside any period): HTTP 400/422. */
public class InvalidInputException extends UserFacingException {
    public InvalidInputException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /**
     * Nothing was entered where something must be: {@code messageKey} takes the field's label (the
     * message "field.{field}") as its argument, so the user reads which field it is.
     */
    public static InvalidInputException missing(String messageKey, String field) {
        return new InvalidInputException(messageKey, field,
                new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field));
    }
}
