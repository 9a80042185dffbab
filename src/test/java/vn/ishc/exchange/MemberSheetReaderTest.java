package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ishc.shared.InvalidInputException;

class MemberSheetReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final String BIRTH = "Ngày sinh (ngày/tháng/năm hoặc năm)";

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasenames("messages/members", "messages/exchange");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    static List<SheetLine> read(MemberSheets sheet) {
        return new MemberSheetReader(TODAY).read(new ByteArrayInputStream(sheet.bytes()));
    }

    String say(RowProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments().toArray(), locale);
    }

    @Test
    void understandsBirthsTypedAsDateMonthOrYearAndRealExcelDates() {
        List<SheetLine> lines = read(MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", "")
                .member("Trần Thị Hoa", "12/1950", "")
                .member("Lê Thị Mai", "1950", "")
                .member("Phạm Thị Cúc", "1950-06-15", "")
                .row("Hoàng Văn Nam", "Nam", LocalDate.of(1948, 2, 29), "Tày", "Nghèo", 2024, "", LocalDate.of(2026, 12, 31),
                        "Có", "Có", 912345678, 1052012345L, LocalDate.of(2024, 3, 1))
                .row("Đỗ Thị Hằng", "Nữ", 1955, "Kinh", "", "", "", "", "", "", "", "", "01/03/2024"));

        assertThat(lines).extracting(SheetLine::birth)
                .containsExactly("31/12/1950", "12/1950", "1950", "15/06/1950", "29/02/1948", "1955");
        assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        SheetLine nam = lines.get(4);
        assertThat(nam.row()).isEqualTo(6);
        assertThat(nam.hiCardExpiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(nam.joinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(nam.householdYear()).isEqualTo(2024);
        // Excel dropped the leading zeros of the phone number and the citizen ID typed as numbers.
        assertThat(nam.phone()).isEqualTo("0912345678");
        assertThat(nam.citizenId()).isEqualTo("001052012345");
        assertThat(nam.disability()).isTrue();
        assertThat(lines.get(5).disability()).isNull();
    }

    @Test
    void trimsAndNormalisesNames() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn  Thị   Lan", java.text.Normalizer.Form.NFD);
        List<SheetLine> lines = read(MemberSheets.sheet().member("  " + decomposed + " ", "1950", ""));
        assertThat(lines.get(0).fullName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void refusesAnImpossibleBirthNamingRowColumnAndValue() {
        List<SheetLine> lines = read(MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "1950", "")
                .member("Trần Thị Hoa", "31/02/1950", "")
                .row("Lê Thị Mai", "Nữ", "1950", "Kinh", "Khác", "", "", "30/02/2026", "Hơi", "", "", "", "hôm qua"));

        RowProblem birth = lines.get(1).problems().get(0);
        assertThat(birth.row()).isEqualTo(3);
        assertThat(birth.column()).isEqualTo(BIRTH);
        assertThat(birth.value()).isEqualTo("31/02/1950");
        assertThat(say(birth, Locale.forLanguageTag("vi"))).isEqualTo("Ngày sinh 31/02/1950 không hợp lệ.");
        assertThat(say(birth, Locale.ENGLISH)).contains("31/02/1950");

        assertThat(lines.get(2).problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "Hạn thẻ BHYT", "30/02/2026"),
                        org.assertj.core.groups.Tuple.tuple(4, "Khuyết tật", "Hơi"),
                        org.assertj.core.groups.Tuple.tuple(4, "Ngày vào CLB", "hôm qua"));
        assertThat(say(lines.get(2).problems().get(2), Locale.forLanguageTag("vi")))
                .isEqualTo("Ngày vào CLB hôm qua không hợp lệ: ghi ngày/tháng/năm, ví dụ 31/12/2024.");
    }

    @Test
    void refusesAFileThatIsNotAWorkbookAnEmptySheetAndAMissingColumn() throws Exception {
        assertThatThrownBy(() -> new MemberSheetReader(TODAY).read(
                new ByteArrayInputStream("Họ và tên;Giới tính\n".getBytes(StandardCharsets.UTF_8))))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.notXlsx");

        var out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Trống");
            wb.write(out);
        }
        assertThatThrownBy(() -> new MemberSheetReader(TODAY).read(new ByteArrayInputStream(out.toByteArray())))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.empty");

        out.reset();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var header = wb.createSheet("Thành viên").createRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                if (c != MemberColumn.BIRTH) {
                    header.createCell(c.ordinal()).setCellValue(c.header());
                }
            }
            wb.write(out);
        }
        InvalidInputException missing = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new MemberSheetReader(TODAY).read(new ByteArrayInputStream(out.toByteArray())));
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Dòng tiêu đề (dòng 1) thiếu cột: " + BIRTH + ". Hãy dùng tệp mẫu.");
    }

    @Test
    void refusesMoreThanTenThousandRows() {
        MemberSheets sheet = MemberSheets.sheet();
        for (int i = 0; i <= MemberSheetReader.MAX_ROWS; i++) {
            sheet.member("Người " + i, "1950", "");
        }
        assertThatThrownBy(() -> read(sheet)).hasFieldOrPropertyWithValue("messageKey", "exchange.file.tooManyRows");
    }

    @Test
    void theTemplateHasVietnameseHeadersDropDownsAndAnExampleThatIsNeverImported() throws Exception {
        byte[] template = MemberSheetTemplate.write();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheet(MemberSheetTemplate.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo(BIRTH);
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Ngày vào CLB");
            assertThat(sheet.getDataValidations()).hasSize(5);
            assertThat(wb.getSheet(MemberSheetTemplate.LISTS).getLastRowNum()).isEqualTo(53);
            assertThat(sheet.getColumnStyle(MemberColumn.CITIZEN_ID.ordinal()).getDataFormatString()).isEqualTo("@");
        }
        assertThatThrownBy(() -> new MemberSheetReader(TODAY).read(new ByteArrayInputStream(template)))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.noRows");
    }
}
