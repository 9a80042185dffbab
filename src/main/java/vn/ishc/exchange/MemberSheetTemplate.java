package vn.ishc.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.members.CitizenIds;
import vn.ishc.members.Ethnicity;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Person;

/**
 * The members template: Vietnamese headers (those a new member's row must fill marked " *"), a hint row saying
 * each column's format and one example row (both marked so that they are never imported), drop-down lists for the
 * coded columns, dates typed as dates shown dd/mm/yyyy, and text format for births and numbers Excel would change; or
 * the same filled with a club's current members, each with their id, to correct and upload again.
 */
final class MemberSheetTemplate {

    static final String SHEET = "Thành viên";
    static final String LISTS = "Danh mục";
    static final List<String> SEXES = List.of("Nam", "Nữ");
    static final List<String> HOUSEHOLDS = List.of("Nghèo", "Cận nghèo", "Khác");
    static final List<String> YES_NO = List.of("Có", "Không");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MemberSheetTemplate() {
    }

    /** The template, its drop-downs reaching down as far as an upload may hold {@code rows} members. */
    static byte[] write(int rows) {
        return write(rows, List.of(), false);
    }

    /**
     * The template filled with a club's current members, one row each with the member's id, to be
     * corrected and uploaded again; their citizen IDs masked unless {@code fullCitizenIds}.
     */
    static byte[] write(int rows, List<MemberRow> members, boolean fullCitizenIds) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle hinted = workbook.createCellStyle();
            Font small = workbook.createFont();
            small.setItalic(true);
            hinted.setFont(small);
            hinted.setWrapText(true);
            hinted.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            boolean blank = members.isEmpty();
            // A blank template has, under its headers, a hint row saying each column's format and an example row:
            // both marked in the name column so that they are never imported.
            Row hint = blank ? sheet.createRow(1) : null;
            Row example = blank ? sheet.createRow(2) : null;
            for (MemberColumn column : MemberColumn.values()) {
                int i = column.ordinal();
                var h = header.createCell(i);
                h.setCellValue(column.templateHeader());
                h.setCellStyle(bold);
                if (column.isText()) {
                    sheet.setDefaultColumnStyle(i, text);
                } else if (column.isDate()) {
                    sheet.setDefaultColumnStyle(i, date);
                }
                if (blank) {
                    var t = hint.createCell(i);
                    t.setCellValue(column == MemberColumn.FULL_NAME
                            ? MemberSheetReader.HINT_MARK + " " + column.hint() : column.hint());
                    t.setCellStyle(hinted);
                    var e = example.createCell(i);
                    if (column.isDate()) {
                        e.setCellValue(LocalDate.parse(column.example(), DAY));
                        e.setCellStyle(date);
                    } else {
                        e.setCellValue(column == MemberColumn.FULL_NAME
                                ? MemberSheetReader.EXAMPLE_MARK + " " + column.example() : column.example());
                        if (column.isText()) {
                            e.setCellStyle(text);
                        }
                    }
                }
                sheet.setColumnWidth(i, (column == MemberColumn.FULL_NAME ? 28 : 16) * 256);
            }
            for (int r = 0; r < members.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Map<MemberColumn, String> values = cells(members.get(r), fullCitizenIds);
                for (MemberColumn column : MemberColumn.values()) {
                    String v = values.get(column);
                    if (v != null && !v.isEmpty()) {
                        var c = row.createCell(column.ordinal());
                        if (column.isDate()) {
                            c.setCellValue(LocalDate.parse(v, DAY));
                            c.setCellStyle(date);
                        } else {
                            c.setCellValue(v);
                            if (column.isText()) {
                                c.setCellStyle(text);
                            }
                        }
                    }
                }
            }
            sheet.createFreezePane(0, blank ? 2 : 1);
            lists(workbook, sheet, blank ? 2 : 1, rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member's cells as a person would type them into the template, so that reading them back changes nothing. */
    static Map<MemberColumn, String> cells(MemberRow m, boolean fullCitizenIds) {
        Person p = m.person();
        Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
        cells.put(MemberColumn.FULL_NAME, p.fullName());
        cells.put(MemberColumn.SEX, p.sex() == Person.Sex.F ? SEXES.get(1) : SEXES.get(0));
        cells.put(MemberColumn.BIRTH, p.birthDate() != null ? p.birthDate().format(DAY) : String.valueOf(p.birthYear()));
        cells.put(MemberColumn.ETHNICITY, Ethnicity.ofCode(p.ethnicity()).map(Ethnicity::name).orElse(p.ethnicity()));
        cells.put(MemberColumn.HOUSEHOLD, HOUSEHOLDS.get(p.household().ordinal()));
        cells.put(MemberColumn.HOUSEHOLD_YEAR, p.householdYear() == null ? null : String.valueOf(p.householdYear()));
        cells.put(MemberColumn.HI_CARD, p.hiCardNumber());
        cells.put(MemberColumn.HI_CARD_EXPIRY, p.hiCardExpiry() == null ? null : p.hiCardExpiry().format(DAY));
        cells.put(MemberColumn.DISABILITY, YES_NO.get(p.disability() ? 0 : 1));
        cells.put(MemberColumn.LIVES_ALONE, YES_NO.get(p.livesAlone() ? 0 : 1));
        cells.put(MemberColumn.PHONE, p.phone());
        cells.put(MemberColumn.CITIZEN_ID, fullCitizenIds ? p.citizenId() : CitizenIds.mask(p.citizenId()));
        cells.put(MemberColumn.JOINED_ON, m.joinedOn() == null ? null : m.joinedOn().format(DAY));
        cells.put(MemberColumn.ID, p.id().toString());
        return cells;
    }

    /**
     * A hidden sheet of the coded values, and a drop-down on each coded column pointing into it, from row {@code first}
     * (under the hint row) for as many rows as an upload may hold.
     */
    private static void lists(XSSFWorkbook workbook, XSSFSheet sheet, int first, int rows) {
        XSSFSheet lists = workbook.createSheet(LISTS);
        Map<MemberColumn, List<String>> coded = Map.of(
                MemberColumn.SEX, SEXES,
                MemberColumn.ETHNICITY, Ethnicity.ALL.stream().map(Ethnicity::name).toList(),
                MemberColumn.HOUSEHOLD, HOUSEHOLDS,
                MemberColumn.DISABILITY, YES_NO,
                MemberColumn.LIVES_ALONE, YES_NO);
        String[] letters = {"A", "B", "C", "D", "E"};
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int col = 0;
        for (MemberColumn column : MemberColumn.values()) {
            List<String> values = coded.get(column);
            if (values == null) {
                continue;
            }
            for (int r = 0; r < values.size(); r++) {
                Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                row.createCell(col).setCellValue(values.get(r));
            }
            String range = "'" + LISTS + "'!$" + letters[col] + "$1:$" + letters[col] + "$" + values.size();
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(first, first + rows, column.ordinal(), column.ordinal()));
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
            col++;
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }
}
