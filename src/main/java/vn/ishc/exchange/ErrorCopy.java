package vn.ishc.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.members.CitizenIds;

/**
 * An uploaded workbook handed back as it was sent, with a "Lỗi" column after the last header saying
 * on each refused row why it was refused, so that the rows can be corrected and the file uploaded again.
 */
final class ErrorCopy {

    static final String HEADER = "Lỗi";
    private static final int HEADER_SEARCH = 10;

    private ErrorCopy() {
    }

    /**
     * The workbook with {@code errors} (by row number as Excel shows it) in a column of their own; the
     * citizen IDs in it masked if {@code maskCitizenIds}.
     */
    static byte[] write(byte[] workbook, Map<Integer, String> errors, boolean maskCitizenIds) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = header(sheet);
            int column = Math.max(header.getLastCellNum(), 0);
            CellStyle red = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            font.setColor(IndexedColors.RED.getIndex());
            red.setFont(font);
            red.setWrapText(true);
            Cell h = header.createCell(column);
            h.setCellValue(HEADER);
            h.setCellStyle(red);
            sheet.setColumnWidth(column, 60 * 256);
            errors.forEach((row, text) -> {
                Row r = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1) : sheet.getRow(row - 1);
                Cell c = r.createCell(column);
                c.setCellValue(text);
                c.setCellStyle(red);
            });
            if (maskCitizenIds) {
                mask(sheet, header);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row as the reader finds it: the first (of eleven) heading the name column, else the first. */
    private static Row header(XSSFSheet sheet) {
        DataFormatter text = new DataFormatter();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getFirstRowNum() + HEADER_SEARCH; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (MemberColumn.FULL_NAME.heads(text.formatCellValue(c))) {
                        return row;
                    }
                }
            }
        }
        Row first = sheet.getRow(Math.max(sheet.getFirstRowNum(), 0));
        return first != null ? first : sheet.createRow(0);
    }

    /** Every cell under the citizen ID header shown as {@code 001****1234}, typed as text or as a number. */
    private static void mask(XSSFSheet sheet, Row header) {
        DataFormatter text = new DataFormatter();
        int column = -1;
        for (Cell c : header) {
            if (MemberColumn.CITIZEN_ID.heads(text.formatCellValue(c))) {
                column = c.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            Cell c = column < 0 || row.getRowNum() <= header.getRowNum() ? null : row.getCell(column);
            if (c == null) {
                continue;
            }
            boolean number = c.getCellType() == CellType.NUMERIC;
            String value = number ? new BigDecimal(c.getNumericCellValue()).toPlainString() : text.formatCellValue(c);
            String digits = value.replaceAll("[\\s.]", "");
            if (number && digits.matches("\\d{10,11}")) {
                // Excel took the number for a number and dropped its leading zeros, as the reader knows.
                digits = "0".repeat(12 - digits.length()) + digits;
            }
            if (!digits.isEmpty()) {
                // A malformed number is masked too, whatever its length, as in the refusals shown.
                c.setCellValue(CitizenIds.mask(digits));
            }
        }
    }
}
