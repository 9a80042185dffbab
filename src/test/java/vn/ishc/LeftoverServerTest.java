package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * After the application is killed (kill -9), its embedded PostgreSQL keeps running and holds the data
 * folder; the next start stops that server cleanly, starts its own on the same data and finds it whole.
 * A folder in use by an application still running is refused, and its server left alone.
 */
class LeftoverServerTest {

    final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void aStartAfterTheApplicationWasKilledStopsItsLeftoverServerAndKeepsTheData() throws Exception {
        String dir = EmbeddedDatabaseDurabilityTest.newDataDir();
        Process earlier = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                EarlierRun.class.getName(), dir).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(earlier.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(EarlierRun.READY)) {
                // the earlier run's log
            }
            assertThat(line).as("the earlier run wrote its record").isEqualTo(EarlierRun.READY);
        }
        earlier.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long leftover = Long.parseLong(Files.readAllLines(Path.of(dir, "postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(leftover)).as("the server the killed run left").isPresent();

        try (EmbeddedPostgres pg = configuration.embeddedPostgres(dir, 0);
             Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select amount from kept")) {
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the leftover server").isEmpty();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1_447_492L);
        }
    }

    @Test
    void aFolderInUseByARunningApplicationIsRefusedAndItsServerLeftAlone() throws Exception {
        String dir = EmbeddedDatabaseDurabilityTest.newDataDir();
        try (EmbeddedPostgres running = configuration.embeddedPostgres(dir, 0)) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(dir, 0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running ISHC").hasMessageContaining(dir);
            try (Connection c = running.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select 1")) {
                assertThat(rs.next()).as("the running server still answers").isTrue();
            }
        }
    }

    /** An application's run that starts the embedded database, writes a record and waits to be killed. */
    public static final class EarlierRun {
        static final String READY = "earlier run: written";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = new EmbeddedDatabaseConfiguration().embeddedPostgres(args[0], 0);
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create table kept (amount bigint not null)");
                st.execute("insert into kept values (1447492)");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
