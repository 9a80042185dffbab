package vn.ishc.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.ishc.shared.FileSizes;

/**
 * How much one members sheet may hold, so that an upload never takes more of the server than a
 * commune's list needs ({@code ishc.import.*}).
 *
 * @param maxFileSize    the largest .xlsx file taken (an upload's limit too: the multipart limit follows it)
 * @param maxRows        the most member rows one file may hold
 * @param maxUnpacked    the most one part of the workbook (the sheet, its shared texts, its styles) may
 *                       unpack to, and the most text read from its cells: a file past it is refused as
 *                       too big, whatever its row count
 * @param readsAtOnce    how many sheets the server reads at the same time; one more upload is asked to
 *                       try again shortly
 */
@ConfigurationProperties("ishc.import")
public record ImportLimits(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("10000") int maxRows,
                           @DefaultValue("32MB") DataSize maxUnpacked, @DefaultValue("2") int readsAtOnce) {

    /** The defaults, as the application starts with them. */
    public static final ImportLimits DEFAULT = new ImportLimits(DataSize.ofMegabytes(10), 10_000,
            DataSize.ofMegabytes(32), 2);

    public ImportLimits {
        if (maxRows < 1 || readsAtOnce < 1 || maxFileSize.toBytes() < 1 || maxUnpacked.toBytes() < 1) {
            throw new IllegalArgumentException("ishc.import limits must be positive");
        }
    }

    /** The file limit as people read it: "10 MB". */
    public String fileSizeText() {
        return FileSizes.text(maxFileSize);
    }

    /** The unpacked limit as people read it: "32 MB". */
    String unpackedText() {
        return FileSizes.text(maxUnpacked);
    }
}
