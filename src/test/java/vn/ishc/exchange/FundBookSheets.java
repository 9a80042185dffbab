package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fund book sheets for tests: a header row of the given texts, then rows as a person types them. */
public final class FundBookSheets {

    /** The template's headers, in its order. */
    public static final List<String> HEADERS = List.of("Câu lạc bộ (mã)", "Ngày", "Quỹ", "Loại khoản ghi",
            "Số tiền (đồng)", "Nội dung");

    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    private FundBookSheets(List<String> headers) {
        this.headers = headers;
    }

    public static FundBookSheets sheet() {
        return new FundBookSheets(HEADERS);
    }

    public static FundBookSheets withHeaders(String... headers) {
        return new FundBookSheets(List.of(headers));
    }

    /** A row under the headers; a value may be a String, a Number or a LocalDate (a real Excel date). */
    public FundBookSheets row(Object... values) {
        rows.add(List.of(values));
        return this;
    }

    /** A row in template order: club, date, fund, kind, amount, note. */
    public FundBookSheets entry(String club, Object date, String fund, String kind, Object amount, String note) {
        return row(club, date, fund, kind, amount, note);
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Sổ quỹ");
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        var c = row.createCell(i);
                        c.setCellValue(d);
                        c.setCellStyle(dates);
                    } else if (v != null && !v.toString().isEmpty()) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
