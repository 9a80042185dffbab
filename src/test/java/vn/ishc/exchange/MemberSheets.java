package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/** Members sheets for tests, built as a person would fill in the template: one row of text per member. */
public final class MemberSheets {

    private final List<List<Object>> rows = new ArrayList<>();
    private List<String> headers;

    public static MemberSheets sheet() {
        return new MemberSheets();
    }

    /**
     * A member row in template column order: name, sex, birth, ethnicity, household, household year,
     * HI card, HI expiry, disability, lives alone, phone, citizen ID, joined on. A value may be a
     * String, a Number or a java.time.LocalDate (written as a real Excel date).
     */
    public MemberSheets row(Object... values) {
        rows.add(List.of(values));
        return this;
    }

    /** A simple member: a woman of the Kinh, not poor, who joined on 01/03/2024. */
    public MemberSheets member(String name, String birth, String citizenId) {
        return row(name, "Nữ", birth, "Kinh", "Khác", "", "", "", "Không", "Không", "", citizenId, "01/03/2024");
    }

    /** The header row as typed (by default the template's headers): its cells in order, left to right. */
    public MemberSheets headed(String... headers) {
        this.headers = List.of(headers);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb, wb.createSheet("Thành viên"), headers, rows.iterator());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sheet of {@code count} ordinary members, as a commune's list looks (names, births, phones,
     * citizen IDs), written row by row with POI's streaming writer straight to {@code file}, so that a
     * test of any size stays light. Its texts are inline, as many programs other than Excel write them.
     */
    public static Path ordinary(int count, Path file) {
        Iterator<List<Object>> rows = IntStream.range(0, count).mapToObj(MemberSheets::ordinaryMember).iterator();
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            fill(wb, wb.createSheet("Thành viên"), rows);
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Temporary folders for test sheets inside the build's target folder, removed after each test. */
    public static final class InTarget implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "sheets-");
        }
    }

    /** Member number {@code i} of an ordinary list. */
    static List<Object> ordinaryMember(int i) {
        return List.of("Người Thứ " + i, i % 3 == 0 ? "Nam" : "Nữ", (i % 28 + 1) + "/" + (i % 12 + 1) + "/" + (1940 + i % 30),
                ETHNICITIES[i % ETHNICITIES.length], i % 7 == 0 ? "Nghèo" : "Khác", i % 7 == 0 ? "2024" : "", "", "",
                "Không", i % 9 == 0 ? "Có" : "Không", "09" + String.format("%08d", i % 100_000_000),
                "0011" + String.format("%08d", i % 100_000_000), "01/03/2024");
    }

    private static final String[] ETHNICITIES = {"Kinh", "Tày", "Nùng", "Dao", "Hmông"};

    private static void fill(Workbook wb, Sheet sheet, Iterator<List<Object>> rows) {
        fill(wb, sheet, null, rows);
    }

    private static void fill(Workbook wb, Sheet sheet, List<String> headers, Iterator<List<Object>> rows) {
        var dates = wb.createCellStyle();
        dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row header = sheet.createRow(0);
        if (headers == null) {
            for (MemberColumn c : MemberColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
        } else {
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
        }
        for (int r = 1; rows.hasNext(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.next();
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (v instanceof java.time.LocalDate d) {
                    var cell = row.createCell(i);
                    cell.setCellValue(d);
                    cell.setCellStyle(dates);
                } else if (v != null && !v.toString().isEmpty()) {
                    row.createCell(i).setCellValue(v.toString());
                }
            }
        }
    }

    /**
     * The file with its first sheet's XML changed by {@code change} (given the XML, it answers the new
     * XML in parts, written one after the other): to damage a sheet, or to make it unpack enormously.
     */
    static byte[] withSheetXml(byte[] xlsx, UnaryOperator<List<byte[]>> change) {
        Path copy = null;
        // A zip file's directory, not a zip stream: the streaming writer's entries carry their sizes after the data.
        try {
            copy = Files.createTempFile(Files.createDirectories(Path.of("target", "tmp")), "sheet-", ".xlsx");
            Files.write(copy, xlsx);
            try (ZipFile zip = new ZipFile(copy.toFile());
                 ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                            for (byte[] part : change.apply(List.of(in.readAllBytes()))) {
                                out.write(part);
                            }
                        } else {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
                out.finish();
                return bytes.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }
}
