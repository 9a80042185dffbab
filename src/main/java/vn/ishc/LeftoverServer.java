package vn.ishc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of an earlier run that is still running on the data folder: its application
 * was killed (kill -9, a crash) before it could stop it. Such a server holds the folder, and a new one
 * cannot start there; it is stopped cleanly (a fast shutdown: open transactions rolled back, a
 * checkpoint written) before the new one starts. A folder in use by an application that is still
 * running is never touched: that start is refused.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    /** The file the embedding library keeps locked in the data folder while its application runs. */
    static final String APPLICATION_LOCK = "epg-lock";
    static final long STOP_SECONDS = 60;

    private LeftoverServer() {
    }

    /** Stops the server an earlier run left on the folder, if there is one, and says what happened. */
    static void stopIfAny(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        refuseIfInUse(dir);
        Optional<Long> pid = pidOf(pidFile);
        Optional<ProcessHandle> server = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> isServerOf(p, dir));
        if (server.isEmpty()) {
            log.warn("The embedded PostgreSQL of {} stopped without shutting down (process {} no longer runs); "
                    + "it recovers its data from its write-ahead log as it starts", dir, pid.map(String::valueOf).orElse("?"));
            return;
        }
        log.warn("The embedded PostgreSQL of an earlier run (process {}) still holds {}: its application ended "
                + "without stopping it. Stopping it cleanly before starting.", pid.get(), dir);
        fastShutdown(server.get());
        try {
            server.get().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The embedded PostgreSQL of an earlier run (process " + pid.get()
                    + ") still holds " + dir + " after " + STOP_SECONDS + " s; stop it (kill -INT " + pid.get()
                    + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the earlier embedded PostgreSQL stopped", e);
        }
        log.info("The embedded PostgreSQL of the earlier run (process {}) has stopped; its data is kept", pid.get());
    }

    /** A running application keeps the folder's lock: its server is in use, not left over. */
    private static void refuseIfInUse(Path dir) {
        try (FileChannel channel = FileChannel.open(dir.resolve(APPLICATION_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException held) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("The data folder " + dir + " is in use by another running ISHC: "
                        + "stop that one first, or give this one a folder of its own (ishc.embedded-db.data-dir)");
            }
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lock of the data folder " + dir, e);
        }
    }

    private static Optional<Long> pidOf(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is PostgreSQL's server on this folder (its arguments name it), and not another
     * process that took the number after a restart of the machine. Where the arguments cannot be read, its
     * program must be PostgreSQL's server; where neither can, the number in the folder's own file is trusted.
     */
    private static boolean isServerOf(ProcessHandle p, Path dir) {
        ProcessHandle.Info info = p.info();
        if (info.arguments().isPresent()) {
            return List.of(info.arguments().get()).contains(dir.toString());
        }
        return info.command().map(c -> c.endsWith("postgres")).orElse(true);
    }

    /** SIGINT is PostgreSQL's fast shutdown; where there is no kill command, the process is asked to end. */
    private static void fastShutdown(ProcessHandle server) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            // Not a Unix-like system: fall through.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy();
    }
}
