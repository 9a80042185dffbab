package vn.ishc.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.ishc.shared.InvalidInputException;

/**
 * An uploaded .xlsx file opened to read its parts one at a time, each no further than it may unpack:
 * past {@code maxUnpacked} bytes, or past POI's inflate ratio by what the zip declares, a part is
 * refused as too big. POI's own zip-bomb guards (ZipSecureFile) stay on underneath.
 */
final class XlsxPackage implements AutoCloseable {

    /** Below this POI does not judge a part's inflate ratio either. */
    private static final long GRACE_BYTES = 100 * 1024;

    private final OPCPackage pkg;
    private final long maxUnpacked;
    private final String maxUnpackedText;

    private XlsxPackage(OPCPackage pkg, ImportLimits limits) {
        this.pkg = pkg;
        this.maxUnpacked = limits.maxUnpacked().toBytes();
        this.maxUnpackedText = limits.unpackedText();
    }

    static XlsxPackage open(Path file, ImportLimits limits) {
        ZipSecureFile zip;
        try {
            // Through the zip's directory, POI reads each part on demand. Given the file itself, POI would
            // read a zip whose directory is damaged as a stream instead, holding every part in memory.
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException e) {
            // A zip cut short or damaged (Excel offers to repair it), or no zip at all (an .xls, a CSV, a picture).
            throw looksLikeZip(file) ? unreadable() : notXlsx();
        }
        try {
            return new XlsxPackage(OPCPackage.open(new ZipFileZipEntrySource(zip)), limits);
        } catch (InvalidFormatException | RuntimeException e) {
            // A zip, but not of Office XML.
            closeQuietly(zip);
            throw notXlsx();
        }
    }

    /** The workbook part (xl/workbook.xml), wherever the package says it is. */
    PackagePart workbookPart() throws InvalidFormatException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        if (part == null) {
            throw notXlsx();
        }
        return part;
    }

    /** The part {@code from} refers to by its relationship {@code id}. */
    static PackagePart related(PackagePart from, String id) throws InvalidFormatException {
        return from.getRelatedPart(from.getRelationship(id));
    }

    /** The first part {@code from} refers to by a relationship of that type; null if none. */
    static PackagePart relatedOfType(PackagePart from, String relationType) throws InvalidFormatException {
        PackageRelationshipCollection relations = from.getRelationshipsByType(relationType);
        return relations.isEmpty() ? null : from.getRelatedPart(relations.getRelationship(0));
    }

    /**
     * A part's content, refused as too big past {@code maxUnpacked} bytes, and at once if the zip says it
     * unpacks further than POI would read (its inflate ratio), so that a zip bomb is named as too big.
     */
    InputStream read(PackagePart part) throws IOException {
        if (part instanceof ZipPackagePart zipped) {
            ZipArchiveEntry entry = zipped.getZipArchive();
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (size > GRACE_BYTES && packed >= 0 && packed < size * ZipSecureFile.getMinInflateRatio()) {
                throw tooBig();
            }
        }
        return new Bounded(part.getInputStream());
    }

    InvalidInputException tooBig() {
        return new InvalidInputException("exchange.file.tooBig", "file", maxUnpackedText);
    }

    static InvalidInputException notXlsx() {
        return new InvalidInputException("exchange.file.notXlsx", "file");
    }

    static InvalidInputException unreadable() {
        return new InvalidInputException("exchange.file.unreadable", "file");
    }

    @Override
    public void close() {
        // Opened to read only: revert closes the file without writing anything back.
        pkg.revert();
    }

    private static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // already refused; nothing more to say
        }
    }

    /** Counts what a part unpacks to and stops at {@code maxUnpacked}. */
    private final class Bounded extends FilterInputStream {
        private long left = maxUnpacked;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            left -= n;
            if (left < 0) {
                throw tooBig();
            }
        }
    }
}
