package vn.ishc.shared;

/**
 * The server is already doing as much of this work as it takes at once (reading uploaded sheets): the
 * user should try again in a moment. HTTP 503 with Retry-After.
 */
public class BusyException extends UserFacingException {

    /** How long to wait before trying again, in seconds, as the answer's Retry-After says. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public BusyException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
