package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures seen while a PostgreSQL server is stopped, as the pool, the driver and Spring wrap them. */
class DatabaseOutageTest {

    /** What pgjdbc throws when nothing listens on the server's port, as Hikari and Spring wrap it. */
    static SQLException refused() {
        return new SQLTransientConnectionException("ishc - Connection is not available, request timed out after 3000ms",
                "08001", new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")));
    }

    @Test
    void noConnectionWithinThePoolsTimeoutIsAnOutageHoweverItIsWrapped() {
        assertThat(DatabaseOutage.isCauseOf(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", refused())))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("Could not open JDBC Connection", refused())))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new InternalAuthenticationServiceException("lookup",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", refused())))).isTrue();
    }

    @Test
    void aServerShuttingDownUnderARunningStatementIsAnOutage() {
        SQLException adminShutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseOutage.isCauseOf(new DataAccessResourceFailureException("PreparedStatementCallback", adminShutdown)))
                .isTrue();
        // The rollback then fails on the connection the pool has closed, which says no SQLState.
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback", adminShutdown));
        assertThat(DatabaseOutage.isCauseOf(rollbackFailed)).isTrue();
    }

    @Test
    void aFaultOfTheRequestOrOfTheDataIsNoOutage() {
        assertThat(DatabaseOutage.isCauseOf(new DuplicateKeyException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        // A program limit is reported as a resource failure too, but the database is there.
        assertThat(DatabaseOutage.isCauseOf(new DataAccessResourceFailureException("too big",
                new SQLException("index row size exceeds maximum", "54000")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("no"))).isFalse();
    }
}
