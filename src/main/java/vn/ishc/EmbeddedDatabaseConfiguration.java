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
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 * ({@link #DURABLE}), whatever the embedding library's defaults for tests.
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

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ishc.embedded-db.data-dir}") String dataDir,
                                      @Value("${ishc.embedded-db.port:0}") int port) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        boolean existing = Files.exists(dir.resolve("PG_VERSION"));
        if (existing) {
            LeftoverServer.stopIfAny(dir);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Stopped by the application context after the web server has finished its requests, never by a
                // shutdown hook of its own that would race it.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        DURABLE.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        Map<String, String> inForce = durability(pg.getPostgresDatabase());
        log.info("Embedded PostgreSQL started on port {} with {} data in {}; durable commits: {}", pg.getPort(),
                existing ? "existing" : "new", dir, inForce);
        if (!inForce.equals(DURABLE)) {
            pg.close();
            throw new IllegalStateException("The embedded PostgreSQL would not keep acknowledged commits through a crash: "
                    + inForce + " where " + DURABLE + " is needed");
        }
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

    /** The pool's settings under {@code spring.datasource.hikari} (its timeouts) hold here as on a server. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("ishc-embedded");
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
