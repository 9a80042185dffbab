package vn.ishc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Statements tried as one database role or another, in a transaction that is always rolled back. */
public final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /**
     * The database's message refusing {@code sql}; fails if the statement was accepted (and rolls it back,
     * so that a broken guard does not empty the tables other tests share).
     */
    public static String refusal(DataSource db, String sql) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                return e.getMessage();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError("Cannot connect: " + e.getMessage(), e);
        }
        throw new AssertionError("The database accepted: " + sql);
    }
}
