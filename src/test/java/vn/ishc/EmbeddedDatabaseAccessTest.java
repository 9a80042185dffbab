package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database is protected as a server is: no connection without a password, passwords kept
 * beside the data for its owner alone, and the running system connected as a role that owns no table, so
 * that it cannot switch off the triggers that keep the ledger and the audit log append-only, nor change
 * or empty them; the owner cannot change them either.
 */
@SpringBootTest
class EmbeddedDatabaseAccessTest {

    @Autowired
    DataSource application;
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    EmbeddedDatabaseConfiguration.DataFolder folder;

    @Test
    void theRunningSystemConnectsAsARoleThatOwnsNoTableAndIsNoSuperuser() {
        JdbcClient app = JdbcClient.create(application);
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("ishc_app");
        assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(app.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user").query(Long.class).single())
                .isZero();
        // The tables are there and owned by the owner, so the count above is not empty for want of tables.
        assertThat(JdbcClient.create(owner).sql("select count(*) from pg_tables where schemaname = 'public'"
                + " and tablename in ('ledger_entry', 'ledger_line', 'audit_event', 'club')").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void theApplicationCannotSwitchOffChangeOrEmptyTheLedgerOrTheAuditLog() {
        JdbcClient.create(application).sql("insert into audit_event (actor, action, target, outcome) values ('t', 'test.probe', 'db', 'done')")
                .update();
        for (String table : ApplicationRoleGrants.APPEND_ONLY) {
            assertThat(DatabaseRoles.refusal(application, "alter table " + table + " disable trigger all"))
                    .contains("must be owner");
            assertThat(DatabaseRoles.refusal(application, "update " + table + " set " + column(table) + " = " + column(table)))
                    .contains("permission denied");
            assertThat(DatabaseRoles.refusal(application, "delete from " + table)).contains("permission denied");
            assertThat(DatabaseRoles.refusal(application, "truncate " + table + " cascade")).contains("permission denied");
        }
        assertThat(DatabaseRoles.refusal(application, "set session_replication_role = replica")).contains("permission denied");
        assertThat(DatabaseRoles.refusal(application, "delete from flyway_schema_history")).contains("permission denied");
        assertThat(DatabaseRoles.refusal(application, "create table intruder (id int)")).contains("permission denied");
        assertThat(DatabaseRoles.refusal(application, "create role intruder superuser")).contains("permission denied");
    }

    @Test
    void theOwnerToIsRefusedAChangeOrAnEmptyingOfTheAuditLog() {
        JdbcClient.create(application).sql("insert into audit_event (actor, action, target, outcome) values ('t', 'test.probe', 'db', 'done')")
                .update();
        assertThat(DatabaseRoles.refusal(owner, "update audit_event set actor = 'someone else'")).contains("append-only");
        assertThat(DatabaseRoles.refusal(owner, "delete from audit_event")).contains("append-only");
        assertThat(DatabaseRoles.refusal(owner, "truncate audit_event")).contains("append-only");
    }

    @Test
    void everyConnectionGivesAPasswordKeptForTheOwnerOfTheDataAlone() throws Exception {
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "ishc_app", "ishc_app"))
                .hasMessageContaining("password authentication failed");

        Path dir = folder.dir();
        Path kept = EmbeddedDatabaseCredentials.fileFor(dir);
        assertThat(kept.getParent()).isEqualTo(dir.getParent());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.read(dir).orElseThrow();
        try (Connection c = DriverManager.getConnection(url, "ishc_app", credentials.application())) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).isEqualTo(EmbeddedDatabaseAccess.HBA).doesNotContain("trust");
    }

    @Test
    void aDataFolderMadeWithoutPasswordsGetsThemOnItsNextStartAndOneWhosePasswordsAreLostIsNotOpened() throws Exception {
        Path dir = Path.of("target/test-postgres/unprotected-" + UUID.randomUUID()).toAbsolutePath();
        // A folder as the embedding library makes it by default: local connections trusted, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (id int); insert into kept values (7)");
        }
        assertThat(EmbeddedDatabaseAccess.trusting(dir)).isTrue();

        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        int port;
        try (EmbeddedPostgres pg = configuration.embeddedPostgres(dir.toString(), 0)) {
            port = pg.getPort();
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThat(JdbcClient.create(pg.getPostgresDatabase()).sql("select id from kept").query(Integer.class).single())
                    .isEqualTo(7);
        }
        assertThat(EmbeddedDatabaseAccess.trusting(dir)).isFalse();
        assertThat(EmbeddedDatabaseCredentials.read(dir)).isPresent();

        // Started again with the kept passwords.
        try (EmbeddedPostgres pg = configuration.embeddedPostgres(dir.toString(), 0)) {
            assertThat(JdbcClient.create(pg.getPostgresDatabase()).sql("select id from kept").query(Integer.class).single())
                    .isEqualTo(7);
        }
        // Without them, the start is refused with what is missing, and no new passwords are made.
        Files.delete(EmbeddedDatabaseCredentials.fileFor(dir));
        assertThatThrownBy(() -> configuration.embeddedPostgres(dir.toString(), 0))
                .hasMessageContaining(EmbeddedDatabaseCredentials.fileFor(dir).toString()).hasMessageContaining("missing");
        assertThat(EmbeddedDatabaseCredentials.fileFor(dir)).doesNotExist();
    }

    private static String column(String table) {
        return switch (table) {
            case "audit_event" -> "actor";
            case "ledger_entry" -> "id";
            case "fund_closing" -> "reason";
            case "figure_approval" -> "reason";
            case "person_consent_withdrawal" -> "reason";
            case "bank_reconciliation" -> "id";
            case "bank_statement_line" -> "line_no";
            case "ledger_line" -> "entry_id";
            case "health_read" -> "actor";
            case "ledger_text_redaction" -> "reason";
            default -> throw new IllegalArgumentException("Name a column of " + table + " here");
        };
    }
}
