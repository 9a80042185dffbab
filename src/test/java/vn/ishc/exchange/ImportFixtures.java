package vn.ishc.exchange;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;
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
}
