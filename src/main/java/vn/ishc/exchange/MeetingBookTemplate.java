package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import vn.ishc.members.MemberRow;

/**
 * The meeting book template: the headers (required ones marked with *), a hint row that is never
 * imported, and a row per current member of each club with the club and the member's id filled in (name
 * and birth year beside it for reading), the meeting date and what was measured left to fill; a Có/Không
 * drop-down for attendance and the referral, dates kept as typed.
 */
final class MeetingBookTemplate {

    static final String SHEET = "Sổ sinh hoạt";
    static final String REQUIRED_MARK = " *";
    static final List<String> YES_NO = List.of("Có", "Không");
    static final String HINT = MeetingBookReader.HINT_MARK + "Hướng dẫn) Mỗi dòng là một thành viên tại một buổi sinh hoạt. "
            + "Cột có dấu * là bắt buộc. Ngày ghi ngày/tháng/năm, ví dụ 21/03/2026. Không sửa cột Mã thành viên.";

    private MeetingBookTemplate() {
    }

    static byte[] write(int rows, Map<Club, List<MemberRow>> members) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
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
            for (MeetingBookColumn column : MeetingBookColumn.values()) {
                int i = column.ordinal();
                var h = header.createCell(i);
                h.setCellValue(column.header() + (column.required() ? REQUIRED_MARK : ""));
                h.setCellStyle(bold);
                if (column == MeetingBookColumn.HELD_ON || column == MeetingBookColumn.MEMBER_ID
                        || column == MeetingBookColumn.CLUB) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                sheet.setColumnWidth(i, (column == MeetingBookColumn.FULL_NAME || column == MeetingBookColumn.MEMBER_ID
                        ? 28 : 16) * 256);
            }
            var h = sheet.createRow(1).createCell(0);
            h.setCellValue(HINT);
            h.setCellStyle(hint);
            int r = 2;
            for (Map.Entry<Club, List<MemberRow>> club : members.entrySet()) {
                String code = club.getKey().nationalId() != null ? club.getKey().nationalId() : club.getKey().code();
                for (MemberRow m : club.getValue()) {
                    Row row = sheet.createRow(r++);
                    cell(row, MeetingBookColumn.CLUB, code, text);
                    cell(row, MeetingBookColumn.MEMBER_ID, m.person().id().toString(), text);
                    cell(row, MeetingBookColumn.FULL_NAME, m.person().fullName(), null);
                    row.createCell(MeetingBookColumn.BIRTH_YEAR.ordinal()).setCellValue(m.person().birthYear());
                }
            }
            sheet.createFreezePane(0, 1);
            lists(workbook, sheet, rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, MeetingBookColumn column, String value, CellStyle style) {
        var c = row.createCell(column.ordinal());
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** A hidden sheet of Có/Không, and a drop-down on the attendance and referral columns pointing into it. */
    private static void lists(XSSFWorkbook workbook, XSSFSheet sheet, int rows) {
        XSSFSheet lists = workbook.createSheet(MemberSheetTemplate.LISTS);
        for (int r = 0; r < YES_NO.size(); r++) {
            lists.createRow(r).createCell(0).setCellValue(YES_NO.get(r));
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (MeetingBookColumn column : List.of(MeetingBookColumn.PRESENT, MeetingBookColumn.REFERRED)) {
            DataValidation v = helper.createValidation(
                    helper.createFormulaListConstraint("'" + MemberSheetTemplate.LISTS + "'!$A$1:$A$" + YES_NO.size()),
                    new CellRangeAddressList(2, rows + 2, column.ordinal(), column.ordinal()));
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }
}
