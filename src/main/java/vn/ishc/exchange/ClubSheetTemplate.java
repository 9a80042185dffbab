package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.clubs.Club;

/**
 * The template of a commune's clubs: the headers (required ones marked with *), a hint row that is never
 * imported, and a row per club of the commune as registered (its code to keep, its details, its meeting
 * day and who holds the board's seats today), so that a sheet downloaded, changed and uploaded again
 * updates only the rows changed; a drop-down of the commune's villages, date cells typed as dates.
 */
final class ClubSheetTemplate {

    static final String SHEET = "Câu lạc bộ";
    static final String LISTS = "Danh sách";
    static final String REQUIRED_MARK = " *";
    static final String HINT = ClubSheetReader.HINT_MARK + "Hướng dẫn) Mỗi dòng là một câu lạc bộ. Cột có dấu * là bắt buộc. "
            + "Không sửa mã của câu lạc bộ đã có; câu lạc bộ mới ghi một mã mới. Thôn chọn trong danh sách. "
            + "Ngày ghi ngày/tháng/năm, ví dụ 21/03/2026. Ngày sinh hoạt là một ngày trong tháng, từ 1 đến 31. "
            + "Ban chủ nhiệm ghi họ tên hoặc mã thành viên (nhiều phó chủ nhiệm cách nhau bằng dấu ;), để trống là "
            + "giữ nguyên; câu lạc bộ mới để trống, cử ban chủ nhiệm sau khi nhập thành viên.";

    /** A club's row: the club as registered, its village's name, its meeting day and board as the sheet writes them. */
    record Line(Club club, String village, String meetingDay, Map<ClubSheetColumn, String> board) {
    }

    private ClubSheetTemplate() {
    }

    static byte[] write(int rows, List<Line> lines, List<String> villages) {
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
            for (ClubSheetColumn column : ClubSheetColumn.values()) {
                int i = column.ordinal();
                var h = header.createCell(i);
                h.setCellValue(column.header() + (column.required() ? REQUIRED_MARK : ""));
                h.setCellStyle(bold);
                boolean isDate = column == ClubSheetColumn.DECISION_DATE || column == ClubSheetColumn.FOUNDED_ON;
                sheet.setDefaultColumnStyle(i, isDate ? date : text);
                sheet.setColumnWidth(i, (column == ClubSheetColumn.NAME || ClubSheetColumn.BOARD.contains(column)
                        ? 30 : 16) * 256);
            }
            var h = sheet.createRow(1).createCell(0);
            h.setCellValue(HINT);
            h.setCellStyle(hint);
            int r = 2;
            for (Line line : lines) {
                Club c = line.club();
                Row row = sheet.createRow(r++);
                cell(row, ClubSheetColumn.CODE, c.code(), text);
                cell(row, ClubSheetColumn.NAME, c.name(), text);
                cell(row, ClubSheetColumn.VILLAGE, line.village(), text);
                cell(row, ClubSheetColumn.DECISION_NUMBER, c.decisionNumber(), text);
                date(row, ClubSheetColumn.DECISION_DATE, c.decisionDate(), date);
                date(row, ClubSheetColumn.FOUNDED_ON, c.foundedOn(), date);
                cell(row, ClubSheetColumn.MEETING_DAY, line.meetingDay(), text);
                line.board().forEach((column, names) -> cell(row, column, names, text));
            }
            sheet.createFreezePane(0, 1);
            villages(workbook, sheet, rows, villages);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, ClubSheetColumn column, String value, CellStyle style) {
        var c = row.createCell(column.ordinal());
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void date(Row row, ClubSheetColumn column, LocalDate value, CellStyle style) {
        var c = row.createCell(column.ordinal());
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** A hidden sheet of the commune's villages, and a drop-down on the village column pointing into it. */
    private static void villages(XSSFWorkbook workbook, XSSFSheet sheet, int rows, List<String> villages) {
        XSSFSheet lists = workbook.createSheet(LISTS);
        for (int r = 0; r < villages.size(); r++) {
            lists.createRow(r).createCell(0).setCellValue(villages.get(r));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        if (villages.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int column = ClubSheetColumn.VILLAGE.ordinal();
        DataValidation v = helper.createValidation(
                helper.createFormulaListConstraint("'" + LISTS + "'!$A$1:$A$" + villages.size()),
                new CellRangeAddressList(2, rows + 2, column, column));
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
