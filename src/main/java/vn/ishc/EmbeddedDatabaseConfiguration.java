package vn.ishc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL server inside the application when no datasource URL is configured, so that
 * the system runs on a fresh machine with nothing installed. Its data stays in a folder under the
 * working directory and is found again on the next start; closing the context stops the server. It is
 * what a pilot province runs in production, so it is durable: every commit acknowledged is on disk
 * ({@link #DURABLE}), whatever the embedding library's defaults for tests. It is protected as a server
 * is: it listens on this machine only, asks every connection for a password ({@link EmbeddedDatabaseCredentials}),
 * and the running system connects as a role that owns no table ({@link ApplicationRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * The settings that keep an acknowledged commit through a crash of the server or of the machine. The
     * embedding library starts PostgreSQL with fsync and synchronous commit off; these come after its own
     * options on the command line, so they win.
     */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /** The data folder, resolved once (the setting may hold a random part, as the tests' does). */
    record DataFolder(Path dir) {
    }

    @Bean
    DataFolder embeddedDataFolder(@Value("${ishc.embedded-db.data-dir}") String dataDir) {
        return new DataFolder(Path.of(dataDir).toAbsolutePath());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataFolder folder, @Value("${ishc.embedded-db.port:0}") int port) throws IOException {
        return embeddedPostgres(folder.dir().toString(), port);
    }

    EmbeddedPostgres embeddedPostgres(String dataDir, int port) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        boolean existing = Files.exists(dir.resolve("PG_VERSION"));
        if (existing) {
            LeftoverServer.stopIfAny(dir);
        }
        Optional<EmbeddedDatabaseCredentials> kept = EmbeddedDatabaseCredentials.read(dir);
        if (existing && kept.isEmpty() && !EmbeddedDatabaseAccess.trusting(dir)) {
            throw new IllegalStateException("The embedded database in " + dir + " asks for passwords, but their file "
                    + EmbeddedDatabaseCredentials.fileFor(dir) + " is missing; restore it from the backup of the data folder");
        }
        EmbeddedDatabaseCredentials credentials = kept.orElseGet(() -> EmbeddedDatabaseCredentials.create(dir));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Stopped by the application context after the web server has finished its requests, never by a
                // shutdown hook of its own that would race it.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setConnectConfig("password", credentials.owner());
        DURABLE.forEach(builder::setServerConfig);
        Path firstPassword = null;
        if (!existing) {
            // initdb sets the owner's password and asks for it from the first connection on.
            firstPassword = credentials.ownerPasswordFile(dir);
            builder.setLocaleConfig("pwfile", firstPassword.toString()).setLocaleConfig("auth", "scram-sha-256");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } finally {
            if (firstPassword != null) {
                Files.deleteIfExists(firstPassword);
            }
        }
        Map<String, String> inForce = durability(pg.getPostgresDatabase());
        log.info("Embedded PostgreSQL started on port {} with {} data in {}; durable commits: {}", pg.getPort(),
                existing ? "existing" : "new", dir, inForce);
        if (!inForce.equals(DURABLE)) {
            pg.close();
            throw new IllegalStateException("The embedded PostgreSQL would not keep acknowledged commits through a crash: "
                    + inForce + " where " + DURABLE + " is needed");
        }
        try {
            EmbeddedDatabaseAccess.enforce(pg.getPostgresDatabase(), dir, credentials, existing && kept.isEmpty());
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
        log.info("Embedded PostgreSQL asks every connection for a password (kept in {}); the application connects as {},"
                + " which owns no table", EmbeddedDatabaseCredentials.fileFor(dir), EmbeddedDatabaseCredentials.APPLICATION_ROLE);
        return pg;
    }

    /** The durability settings a server runs with, as it reports them. */
    static Map<String, String> durability(DataSource db) {
        Map<String, String> settings = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')
                     """)) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL does not answer: " + e.getMessage(), e);
        }
        return settings;
    }

    /**
     * The running system's connections: the application role, which owns nothing. The pool's settings under
     * {@code spring.datasource.hikari} (its timeouts) hold here as on a server.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg, DataFolder folder) {
        EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.read(folder.dir()).orElseThrow();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl(EmbeddedDatabaseCredentials.APPLICATION_ROLE, "postgres"));
        ds.setUsername(EmbeddedDatabaseCredentials.APPLICATION_ROLE);
        ds.setPassword(credentials.application());
        ds.setMaximumPoolSize(20);
        ds.setPoolName("ishc-embedded");
        return ds;
    }

    /** The owner's connection, for the migrations alone. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres pg) {
        return pg.getPostgresDatabase();
    }

    @Bean
    ApplicationRoleGrants applicationRoleGrants() {
        return new ApplicationRoleGrants(EmbeddedDatabaseCredentials.APPLICATION_ROLE);
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
