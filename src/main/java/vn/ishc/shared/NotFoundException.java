package vn.ishc.shared;

/** Something asked for by id or code that does not exist (or whose existence is private): HTTP 404. */
public class NotFoundException extends UserFacingException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
