package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The members template as an officer opens it in Excel, and as it comes back filled in. */
class MemberSheetTemplateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static XSSFWorkbook template() throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(MemberSheetTemplate.write(ImportLimits.DEFAULT.maxRows())));
    }

    @Test
    void requiredColumnsAreMarkedWithAStarInBold() throws Exception {
        try (XSSFWorkbook wb = template()) {
            XSSFSheet sheet = wb.getSheet(MemberSheetTemplate.SHEET);
            Row header = sheet.getRow(0);
            for (MemberColumn column : MemberColumn.values()) {
                Cell cell = header.getCell(column.ordinal());
                assertThat(cell.getStringCellValue().endsWith(" *")).as(column.name())
                        .isEqualTo(column.required() || column.requiredToAdd());
                assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(header.getCell(MemberColumn.FULL_NAME.ordinal()).getStringCellValue()).isEqualTo("Họ và tên *");
            assertThat(header.getCell(MemberColumn.JOINED_ON.ordinal()).getStringCellValue()).isEqualTo("Ngày vào CLB *");
            assertThat(header.getCell(MemberColumn.PHONE.ordinal()).getStringCellValue()).isEqualTo("Điện thoại");
        }
    }

    @Test
    void aHintRowUnderTheHeadersSaysTheFormatOfEachColumn() throws Exception {
        try (XSSFWorkbook wb = template()) {
            Row hint = wb.getSheet(MemberSheetTemplate.SHEET).getRow(1);
            for (MemberColumn column : MemberColumn.values()) {
                assertThat(hint.getCell(column.ordinal()).getStringCellValue()).as(column.name()).isNotBlank();
            }
            assertThat(hint.getCell(MemberColumn.FULL_NAME.ordinal()).getStringCellValue())
                    .startsWith(MemberSheetReader.HINT_MARK);
            assertThat(hint.getCell(MemberColumn.BIRTH.ordinal()).getStringCellValue()).contains("dd/mm/yyyy");
            assertThat(hint.getCell(MemberColumn.SEX.ordinal()).getStringCellValue()).contains("Nam").contains("Nữ");
        }
    }

    @Test
    void dateColumnsAreRealDatesShownAsDayMonthYear() throws Exception {
        try (XSSFWorkbook wb = template()) {
            XSSFSheet sheet = wb.getSheet(MemberSheetTemplate.SHEET);
            for (MemberColumn column : List.of(MemberColumn.JOINED_ON, MemberColumn.HI_CARD_EXPIRY)) {
                assertThat(sheet.getColumnStyle(column.ordinal()).getDataFormatString()).isEqualTo("dd/mm/yyyy");
                Cell example = sheet.getRow(2).getCell(column.ordinal());
                assertThat(example.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(example)).isTrue();
            }
            assertThat(sheet.getRow(2).getCell(MemberColumn.JOINED_ON.ordinal()).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 1));
        }
    }

    @Test
    void aTemplateFilledInWithDatesAndItsHintRowLeftInPlaceImportsItsMembers() throws Exception {
        byte[] filled;
        try (XSSFWorkbook wb = template(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheet(MemberSheetTemplate.SHEET);
            var dates = sheet.getColumnStyle(MemberColumn.JOINED_ON.ordinal());
            Object[][] members = {
                    {"Nguyễn Thị Lan", "Nữ", "12/05/1950", "Kinh", "Khác", LocalDate.of(2027, 12, 31), LocalDate.of(2024, 3, 1)},
                    {"Trần Văn Hùng", "Nam", "1948", "Tày", "Nghèo", null, LocalDate.of(2023, 11, 20)}};
            for (int r = 0; r < members.length; r++) {
                Row row = sheet.createRow(3 + r);
                Object[] m = members[r];
                row.createCell(MemberColumn.FULL_NAME.ordinal()).setCellValue((String) m[0]);
                row.createCell(MemberColumn.SEX.ordinal()).setCellValue((String) m[1]);
                row.createCell(MemberColumn.BIRTH.ordinal()).setCellValue((String) m[2]);
                row.createCell(MemberColumn.ETHNICITY.ordinal()).setCellValue((String) m[3]);
                row.createCell(MemberColumn.HOUSEHOLD.ordinal()).setCellValue((String) m[4]);
                if (m[5] != null) {
                    Cell expiry = row.createCell(MemberColumn.HI_CARD_EXPIRY.ordinal());
                    expiry.setCellValue((LocalDate) m[5]);
                    expiry.setCellStyle(dates);
                }
                Cell joined = row.createCell(MemberColumn.JOINED_ON.ordinal());
                joined.setCellValue((LocalDate) m[6]);
                joined.setCellStyle(dates);
            }
            wb.write(out);
            filled = out.toByteArray();
        }

        List<SheetLine> lines = new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(filled));

        assertThat(lines).extracting(SheetLine::row).containsExactly(4, 5);
        assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        assertThat(lines).extracting(SheetLine::fullName).containsExactly("Nguyễn Thị Lan", "Trần Văn Hùng");
        assertThat(lines).extracting(SheetLine::joinedOn)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2023, 11, 20));
        assertThat(lines.get(0).cell(MemberColumn.HI_CARD_EXPIRY)).isEqualTo("31/12/2027");
    }
}
