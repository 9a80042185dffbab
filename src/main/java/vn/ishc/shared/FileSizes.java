package vn.ishc.shared;

import org.springframework.util.unit.DataSize;

/** File sizes as people read them in a message: "10 MB", "512 KB". */
public final class FileSizes {

    private FileSizes() {
    }

    public static String text(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
