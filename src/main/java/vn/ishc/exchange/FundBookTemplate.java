package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fund book template: the headers (required ones marked with *), a hint row that is never imported, date
 * cells typed as dates, and drop-downs of the user's clubs, of the club's two funds and of the kinds of entry.
 */
final class FundBookTemplate {

    static final String SHEET = "Sổ quỹ";
    static final String REQUIRED_MARK = " *";
    static final String HINT = FundBookReader.HINT_MARK + "Hướng dẫn) Mỗi dòng là một khoản thu hoặc chi của một quỹ. "
            + "Cột có dấu * là bắt buộc. Ngày ghi ngày/tháng/năm, ví dụ 21/03/2026. Số tiền ghi số đồng nguyên, "
            + "ví dụ 1.500.000 hoặc 1500000. Khoản chi cần ghi nội dung.";

    private FundBookTemplate() {
    }

    static byte[] write(int rows, List<String> clubs, List<String> fundNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle hint = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            hint.setFont(grey);
            Row header = sheet.createRow(0);
            for (FundBookColumn column : FundBookColumn.values()) {
                int i = column.ordinal();
                var h = header.createCell(i);
                h.setCellValue(column.header() + (column.required() ? REQUIRED_MARK : ""));
                h.setCellStyle(bold);
                if (column == FundBookColumn.DATE) {
                    sheet.setDefaultColumnStyle(i, date);
                } else if (column == FundBookColumn.CLUB) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                sheet.setColumnWidth(i, (column == FundBookColumn.NOTE || column == FundBookColumn.FUND
                        || column == FundBookColumn.KIND ? 30 : 16) * 256);
            }
            var h = sheet.createRow(1).createCell(0);
            h.setCellValue(HINT);
            h.setCellStyle(hint);
            sheet.createFreezePane(0, 1);
            lists(workbook, sheet, rows, List.of(clubs, fundNames, FundBookKind.labels()),
                    List.of(FundBookColumn.CLUB, FundBookColumn.FUND, FundBookColumn.KIND));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hidden sheet of the lists, one per column, and a drop-down on each column pointing into its list. */
    private static void lists(XSSFWorkbook workbook, XSSFSheet sheet, int rows, List<List<String>> lists,
                              List<FundBookColumn> columns) {
        XSSFSheet hidden = workbook.createSheet(MemberSheetTemplate.LISTS);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < lists.size(); c++) {
            List<String> values = lists.get(c);
            if (values.isEmpty()) {
                continue;
            }
            for (int r = 0; r < values.size(); r++) {
                Row row = hidden.getRow(r) == null ? hidden.createRow(r) : hidden.getRow(r);
                row.createCell(c).setCellValue(values.get(r));
            }
            String letter = String.valueOf((char) ('A' + c));
            int column = columns.get(c).ordinal();
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(
                            "'" + MemberSheetTemplate.LISTS + "'!$" + letter + "$1:$" + letter + "$" + values.size()),
                    new CellRangeAddressList(2, rows + 2, column, column));
            v.setShowErrorBox(columns.get(c) != FundBookColumn.CLUB);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
    }
}
