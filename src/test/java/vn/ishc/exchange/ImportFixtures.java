package vn.ishc.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.ishc.shared.AreaScope;

/** Imports for tests: a preview of a sheet, and waiting for a confirmed batch to be saved. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static ImportBatch preview(MemberImports imports, UUID clubId, MemberSheets sheet, AreaScope scope) {
        return imports.preview(clubId, "thanh-vien.xlsx", new ByteArrayInputStream(sheet.bytes()), "test", scope);
    }

    /** The batch once saving has ended, however it ended. */
    public static ImportBatch awaitEnd(MemberImports imports, UUID batchId, AreaScope scope) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        ImportBatch b = imports.get(batchId, scope);
        while (b.isSaving() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            b = imports.get(batchId, scope);
        }
        return b;
    }

    /**
     * {@code count} uploads of a one-member sheet to the club that the server is reading, and goes on
     * reading until {@link Reading#close()}: their bytes arrive only then.
     */
    public static Reading reading(MemberImports imports, UUID clubId, AreaScope scope, int count) {
        return new Reading(imports, clubId, scope, count);
    }

    /** Uploads held in the middle of being read; closing lets them finish and answers their batches. */
    public static final class Reading implements AutoCloseable {
        private final CountDownLatch started;
        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService uploaders;
        private final List<Future<ImportBatch>> batches = new ArrayList<>();

        Reading(MemberImports imports, UUID clubId, AreaScope scope, int count) {
            started = new CountDownLatch(count);
            uploaders = Executors.newFixedThreadPool(count);
            byte[] sheet = MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", "").bytes();
            for (int i = 0; i < count; i++) {
                batches.add(uploaders.submit(() -> imports.preview(clubId, "cham.xlsx", held(sheet), "test", scope)));
            }
            await(started);
        }

        /** A file whose first byte the server waits for until the uploads are released. */
        private InputStream held(byte[] sheet) {
            return new InputStream() {
                private final InputStream bytes = new ByteArrayInputStream(sheet);
                private boolean first = true;

                @Override
                public int read() throws IOException {
                    waitOnce();
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    waitOnce();
                    return bytes.read(b, off, len);
                }

                private void waitOnce() {
                    if (first) {
                        first = false;
                        started.countDown();
                        await(release);
                    }
                }
            };
        }

        /** Lets the held uploads finish; their previews. */
        public List<ImportBatch> finish() throws Exception {
            release.countDown();
            List<ImportBatch> done = new ArrayList<>();
            for (Future<ImportBatch> batch : batches) {
                done.add(batch.get(2, TimeUnit.MINUTES));
            }
            return done;
        }

        @Override
        public void close() {
            release.countDown();
            uploaders.shutdown();
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the held uploads did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
