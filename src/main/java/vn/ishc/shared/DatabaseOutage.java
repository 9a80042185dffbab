package vn.ishc.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (the server stopped, restarting or refusing
 * connections, no connection to be had within the pool's timeout) from any other failure: the first is
 * answered "try again in a few minutes" (503), the second is a fault of the request or of the system.
 */
public final class DatabaseOutage {

    /**
     * SQLStates of a server that is going or gone: class 08 (connection exception) is taken whole; these
     * are the others: shut down by an administrator, crashed, still starting up, too many connections.
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "53300");

    /** When to try again, in seconds, as the Retry-After header of a 503 says it: a restart takes about this. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseOutage() {
    }

    /** Whether this failure, or one it wraps, is the database being out of reach. */
    public static boolean isCauseOf(Throwable failure) {
        boolean resourceFailure = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // The server's own word decides: a resource failure such as a program limit is not an outage.
                return sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState());
            }
            if (t instanceof DataAccessResourceFailureException) {
                resourceFailure = true;
            }
            // A rollback that failed because the connection was gone carries the failure that called for it aside.
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != t && isCauseOf(tx.getApplicationException())) {
                return true;
            }
        }
        return resourceFailure;
    }
}
