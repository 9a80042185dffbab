package vn.ishc.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ishc.shared.InvalidInputException;

/**
 * An upload copied to a temporary file of its own, so that POI reads the parts it needs from it on
 * demand; a file over the size limit is refused before any of it is read. Closing deletes it.
 */
final class UploadedFile implements AutoCloseable {

    private final Path path;

    private UploadedFile(Path path) {
        this.path = path;
    }

    static UploadedFile copy(InputStream in, ImportLimits limits) {
        long limit = limits.maxFileSize().toBytes();
        Path path = null;
        try {
            path = Files.createTempFile("ishc-import-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new InvalidInputException("exchange.file.tooLarge", "file", limits.fileSizeText());
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new UploadedFile(path);
        } catch (IOException e) {
            delete(path);
            throw new InvalidInputException("exchange.file.unreadable", "file");
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
