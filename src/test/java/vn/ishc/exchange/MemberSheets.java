package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Members sheets for tests, built as a person would fill in the template: one row of text per member. */
public final class MemberSheets {

    private final List<List<Object>> rows = new ArrayList<>();

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

    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Thành viên");
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
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
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
