package vn.ishc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded database and as what: every connection, over the local socket or
 * loopback, gives a password (no {@code trust}); the owner's password is the one kept beside the data;
 * the application role logs in with its own and has no power over roles, databases or replication.
 * Applied at every start, so that a data folder made before the rules gets them, and a rule file changed
 * by hand is put back.
 */
final class EmbeddedDatabaseAccess {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAccess.class);

    static final String HBA = """
            # Written by ISHC at every start of its embedded PostgreSQL: every connection gives a password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private EmbeddedDatabaseAccess() {
    }

    /** Whether the folder's rules let some connection in without a password (a folder made before the rules). */
    static boolean trusting(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            return !Files.exists(hba) || Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .anyMatch(line -> line.matches(".*\\s(trust|password)(\\s.*)?"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + hba, e);
        }
    }

    /**
     * Sets the owner's password if the folder had none, makes the application role (or puts it back as it
     * must be) and writes the password-only rules, reloading the server if they changed.
     */
    static void enforce(DataSource owner, Path dataDir, EmbeddedDatabaseCredentials credentials, boolean ownerHadNoPassword) {
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            if (ownerHadNoPassword) {
                st.execute("alter role " + EmbeddedDatabaseCredentials.OWNER_ROLE + " password '" + credentials.owner() + "'");
                log.warn("The embedded database in {} let local connections in without a password; it now asks for the"
                        + " passwords kept in {}", dataDir, EmbeddedDatabaseCredentials.fileFor(dataDir));
            }
            String app = EmbeddedDatabaseCredentials.APPLICATION_ROLE;
            boolean exists;
            try (ResultSet rs = st.executeQuery("select 1 from pg_roles where rolname = '" + app + "'")) {
                exists = rs.next();
            }
            st.execute((exists ? "alter role " : "create role ") + app + " login nosuperuser nocreatedb nocreaterole"
                    + " noreplication nobypassrls password '" + credentials.application() + "'");
            Path hba = dataDir.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                st.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set who may connect to the embedded database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's connection rules", e);
        }
    }
}
