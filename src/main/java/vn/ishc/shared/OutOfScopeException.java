package vn.ishc.shared;

/**
 * A request for something outside the user's area scope: HTTP 403, and a line in the audit log.
 * {@code what} names the thing asked for (e.g. "unit 25@2025-07-01") for the log, never personal data.
 */
public class OutOfScopeException extends UserFacingException {

    private final String what;

    public OutOfScopeException(String what) {
        super("error.outOfScope", null);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
