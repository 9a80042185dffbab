package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL, as the application starts it, keeps every commit it acknowledged through a
 * crash: it runs with fsync, synchronous commit and full-page writes on, and after its processes are
 * killed (kill -9) in the middle of writes, every write that had been answered is there on the next start.
 */
class EmbeddedDatabaseDurabilityTest {

    final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void theEmbeddedDatabaseRunsWithDurableCommits() throws Exception {
        try (EmbeddedPostgres pg = configuration.embeddedPostgres(newDataDir(), 0)) {
            assertThat(EmbeddedDatabaseConfiguration.durability(pg.getPostgresDatabase()))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("fsync", "on", "synchronous_commit", "on",
                            "full_page_writes", "on"));
        }
    }

    @Test
    void everyWriteAcknowledgedBeforeTheServerIsKilledIsThereAfterARestart() throws Exception {
        String dir = newDataDir();
        List<Long> acknowledged = new ArrayList<>();
        try (EmbeddedPostgres pg = configuration.embeddedPostgres(dir, 0)) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create table acknowledged (id bigint primary key, amount bigint not null)");
            }
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<List<Long>>> written = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                long first = w * 1_000_000L;
                written.add(writers.submit(() -> write(pg, first)));
            }
            // Let the writers get going, then kill every process of the server at once, as a crash would.
            Thread.sleep(1_500);
            kill(Path.of(dir));
            for (Future<List<Long>> f : written) {
                acknowledged.addAll(f.get(60, TimeUnit.SECONDS));
            }
            writers.shutdown();
        }
        assertThat(acknowledged).as("writes answered before the crash").hasSizeGreaterThan(50);

        try (EmbeddedPostgres pg = configuration.embeddedPostgres(dir, 0);
             Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id from acknowledged")) {
            Set<Long> found = new HashSet<>();
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
            assertThat(found).as("rows after the restart").containsAll(acknowledged);
        }
    }

    /** Writes one row a transaction until the server stops answering; returns the rows whose commit was answered. */
    private static List<Long> write(EmbeddedPostgres pg, long first) {
        List<Long> done = new ArrayList<>();
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement insert = c.prepareStatement("insert into acknowledged (id, amount) values (?, ?)")) {
            c.setAutoCommit(true);
            for (long id = first; id < first + 1_000_000L; id++) {
                insert.setLong(1, id);
                insert.setLong(2, 1_000 + id % 997);
                insert.executeUpdate();
                done.add(id);
            }
        } catch (SQLException crashed) {
            // The server is gone: what was answered before is what must survive.
        }
        return done;
    }

    /** SIGKILL to the postmaster named in the data folder and to every process under it. */
    static void kill(Path dataDir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    static String newDataDir() {
        return Path.of("target/test-postgres/durability-" + java.util.UUID.randomUUID()).toAbsolutePath().toString();
    }
}
