package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;
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

    @TempDir(factory = MemberSheets.InTarget.class)
    Path dir;

    static List<SheetLine> read(MemberSheets sheet) {
        return new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(sheet.bytes()));
    }

    static List<SheetLine> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(in);
        }
    }

    static InvalidInputException refusal(Path file) {
        return catchThrowableOfType(InvalidInputException.class, () -> read(file));
    }

    static InvalidInputException refusal(byte[] file, ImportLimits limits) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> new MemberSheetReader(TODAY, limits).read(new ByteArrayInputStream(file)));
    }

    String say(InvalidInputException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
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
        assertThatThrownBy(() -> new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(
                new ByteArrayInputStream("Họ và tên;Giới tính\n".getBytes(StandardCharsets.UTF_8))))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.notXlsx");

        var out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Trống");
            wb.write(out);
        }
        assertThatThrownBy(() -> new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(out.toByteArray())))
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
                () -> new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(out.toByteArray())));
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Dòng tiêu đề (dòng 1) thiếu cột: " + BIRTH + ". Hãy dùng tệp mẫu.");
    }

    @Test
    void readsASheetOfExactlyTenThousandMembersAndRefusesOneMoreNamingTheLimit() throws Exception {
        List<SheetLine> lines = read(MemberSheets.ordinary(10_000, dir.resolve("10000.xlsx")));
        assertThat(lines).hasSize(10_000);
        assertThat(lines.get(9_999).row()).isEqualTo(10_001);
        assertThat(lines.get(9_999).fullName()).isEqualTo("Người Thứ 9999");
        assertThat(lines.get(9_999).phone()).isEqualTo("0900009999");

        InvalidInputException refused = refusal(MemberSheets.ordinary(10_001, dir.resolve("10001.xlsx")));
        assertThat(refused.messageKey()).isEqualTo("exchange.file.tooManyRows");
        assertThat(say(refused, Locale.forLanguageTag("vi"))).isEqualTo("Tệp có hơn 10.000 dòng thành viên, nhưng mỗi lần "
                + "chỉ nhập được tối đa 10.000 dòng. Hãy chia thành nhiều tệp nhỏ hơn.");
        assertThat(say(refused, Locale.ENGLISH)).isEqualTo("The file has more than 10,000 member rows, but one import "
                + "takes at most 10,000. Split it into smaller files.");
    }

    @Test
    void stopsReadingAtTheFirstRowPastTheLimit() throws Exception {
        // Whatever follows that row is never read: here the sheet breaks off, damaged, two rows further on.
        byte[] whole = Files.readAllBytes(MemberSheets.ordinary(10_010, dir.resolve("10010.xlsx")));
        byte[] damaged = MemberSheets.withSheetXml(whole, xml -> {
            String text = new String(xml.get(0), StandardCharsets.UTF_8);
            return List.of(text.substring(0, text.indexOf("<row r=\"10004\"")).getBytes(StandardCharsets.UTF_8),
                    "<row r=\"10004\"><c r=\"A10004\" t=\"inlineStr\"><is><t>Người".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(damaged)))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.tooManyRows");
    }

    @Test
    void refusesAsTooBigASheetThatUnpacksToHundredsOfMegabytes() {
        // 200 MB of blanks between the rows squeeze into a file of a few hundred kilobytes: a zip bomb.
        byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = MemberSheets.withSheetXml(MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", "").bytes(), xml -> {
            String text = new String(xml.get(0), StandardCharsets.UTF_8);
            int at = text.indexOf("<sheetData>") + "<sheetData>".length();
            List<byte[]> parts = new ArrayList<>();
            parts.add(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            parts.addAll(Collections.nCopies(200, blanks));
            parts.add(text.substring(at).getBytes(StandardCharsets.UTF_8));
            return parts;
        });
        assertThat((long) bomb.length).isLessThan(ImportLimits.DEFAULT.maxFileSize().toBytes() / 10);

        InvalidInputException refused = refusal(bomb, ImportLimits.DEFAULT);
        assertThat(refused.messageKey()).isEqualTo("exchange.file.tooBig");
        assertThat(say(refused, Locale.forLanguageTag("vi"))).isEqualTo("Tệp quá lớn để đọc: một phần của bảng tính khi "
                + "giải nén vượt quá 32 MB. Hãy chỉ để lại danh sách thành viên hoặc chia thành nhiều tệp nhỏ hơn.");
    }

    @Test
    void refusesAsTooBigASheetPartOverTheUnpackedLimitWhateverItsRows() {
        ImportLimits oneMegabyte = new ImportLimits(DataSize.ofMegabytes(10), 10_000, DataSize.ofMegabytes(1), 2);
        Random random = new Random(7);
        MemberSheets sheet = MemberSheets.sheet();
        for (int i = 0; i < 300; i++) {
            // Long notes that do not compress, typed where the ethnicity goes: 300 rows, 1.5 MB of sheet.
            String note = random.ints(5_000, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
            sheet.row("Người " + i, "Nữ", "1950", note, "Khác", "", "", "", "Không", "Không", "", "", "01/03/2024");
        }
        InvalidInputException refused = refusal(sheet.bytes(), oneMegabyte);
        assertThat(refused.messageKey()).isEqualTo("exchange.file.tooBig");
        assertThat(say(refused, Locale.ENGLISH)).contains("unpacks to more than 1 MB");
    }

    @Test
    void aTextSharedByManyCellsCountsForEachCellTowardsTheLimit() {
        // Excel keeps a text once however many cells hold it; the reader holds it once per cell.
        ImportLimits oneMegabyte = new ImportLimits(DataSize.ofMegabytes(10), 10_000, DataSize.ofMegabytes(1), 2);
        String longName = "Nguyễn Thị Lan ".repeat(400);
        MemberSheets sheet = MemberSheets.sheet();
        for (int i = 0; i < 300; i++) {
            sheet.member(longName, "1950", "");
        }
        byte[] file = sheet.bytes();
        assertThat(file.length).isLessThan(64 * 1024);
        assertThat(refusal(file, oneMegabyte).messageKey()).isEqualTo("exchange.file.tooBig");
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingTheLimit() {
        ImportLimits oneKilobyte = new ImportLimits(DataSize.ofKilobytes(1), 10_000, DataSize.ofMegabytes(32), 2);
        InvalidInputException refused = refusal(MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", "").bytes(),
                oneKilobyte);
        assertThat(refused.messageKey()).isEqualTo("exchange.file.tooLarge");
        assertThat(say(refused, Locale.forLanguageTag("vi"))).startsWith("Tệp lớn hơn 1 KB, quá giới hạn của một lần nhập.");
    }

    @Test
    void readsTheValueExcelLastCalculatedForAFormula() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Thành viên");
            var header = sheet.createRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var row = sheet.createRow(1);
            row.createCell(MemberColumn.FULL_NAME.ordinal()).setCellFormula("\"Nguyễn Thị \"&\"Lan\"");
            row.createCell(MemberColumn.SEX.ordinal()).setCellValue("Nữ");
            var birth = row.createCell(MemberColumn.BIRTH.ordinal());
            birth.setCellFormula("DATE(1950,12,31)");
            birth.setCellStyle(dates);
            row.createCell(MemberColumn.DISABILITY.ordinal()).setCellFormula("1=1");
            row.createCell(MemberColumn.CITIZEN_ID.ordinal()).setCellFormula("1052012345+0");
            row.createCell(MemberColumn.JOINED_ON.ordinal()).setCellValue("01/03/2024");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        SheetLine lan = new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(out.toByteArray()))
                .get(0);
        assertThat(lan.fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(lan.birth()).isEqualTo("31/12/1950");
        assertThat(lan.disability()).isTrue();
        assertThat(lan.citizenId()).isEqualTo("001052012345");
        assertThat(lan.problems()).isEmpty();
    }

    @Test
    void readsTheDatesOfAWorkbookThatCountsDaysFrom1904() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // Excel for Mac once counted days from 1904: the same date is a number four years smaller.
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            var sheet = wb.createSheet("Thành viên");
            var header = sheet.createRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var row = sheet.createRow(1);
            row.createCell(MemberColumn.FULL_NAME.ordinal()).setCellValue("Nguyễn Thị Lan");
            var birth = row.createCell(MemberColumn.BIRTH.ordinal());
            birth.setCellValue(LocalDate.of(1950, 12, 31));
            birth.setCellStyle(dates);
            wb.write(out);
        }
        assertThat(new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(out.toByteArray()))
                .get(0).birth()).isEqualTo("31/12/1950");
    }

    @Test
    void refusesAWorkbookWhoseZipIsCutShortAsDamagedWithoutReadingItWhole() {
        // Read as a stream instead of through its directory, such a file would be unpacked whole in memory.
        byte[] whole = MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", "").bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 100);
        assertThat(refusal(cut, ImportLimits.DEFAULT).messageKey()).isEqualTo("exchange.file.unreadable");
    }

    @Test
    void theTemplateHasVietnameseHeadersDropDownsAndAnExampleThatIsNeverImported() throws Exception {
        byte[] template = MemberSheetTemplate.write(ImportLimits.DEFAULT.maxRows());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheet(MemberSheetTemplate.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên *");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo(BIRTH + " *");
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Ngày vào CLB *");
            assertThat(sheet.getDataValidations()).hasSize(5);
            assertThat(wb.getSheet(MemberSheetTemplate.LISTS).getLastRowNum()).isEqualTo(53);
            assertThat(sheet.getColumnStyle(MemberColumn.CITIZEN_ID.ordinal()).getDataFormatString()).isEqualTo("@");
        }
        assertThatThrownBy(() -> new MemberSheetReader(TODAY, ImportLimits.DEFAULT).read(new ByteArrayInputStream(template)))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.file.noRows");
    }

    static MemberSheetReader.Sheet readSheet(MemberSheets sheet) {
        try (UploadedFile file = UploadedFile.copy(new ByteArrayInputStream(sheet.bytes()), ImportLimits.DEFAULT)) {
            return new MemberSheetReader(TODAY, ImportLimits.DEFAULT).sheet(file);
        }
    }

    @Test
    void readsASheetOfCommonSynonymsWithOnlySomeColumnsAndNamesTheHeadersItIgnores() {
        MemberSheetReader.Sheet sheet = readSheet(MemberSheets.sheet()
                .headed("STT", "Họ tên", "Giới", "Năm sinh", "CMND/CCCD", "SĐT", "Ghi chú", "Mã thẻ BHYT", "Ngày tham gia")
                .row(1, "Nguyễn Thị Lan", "Nữ", 1950, "001052012345", "0912345678", "hộ gần chợ", "HT2010123456789",
                        "01/03/2024"));

        assertThat(sheet.ignored()).containsExactly("STT", "Ghi chú");
        SheetLine lan = sheet.lines().get(0);
        assertThat(lan.problems()).isEmpty();
        assertThat(List.of(lan.fullName(), lan.sex(), lan.birth(), lan.citizenId(), lan.phone(), lan.hiCardNumber()))
                .containsExactly("Nguyễn Thị Lan", "Nữ", "1950", "001052012345", "0912345678", "HT2010123456789");
        assertThat(lan.joinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        // The columns absent say nothing: null, as a blank cell, never a value to write over one saved.
        assertThat(java.util.Arrays.asList(lan.ethnicity(), lan.household(), lan.householdYear(), lan.hiCardExpiry(),
                lan.disability(), lan.livesAlone(), lan.memberId())).containsOnlyNulls();
        assertThat(lan.headers()).containsEntry(MemberColumn.FULL_NAME, "Họ tên").containsEntry(MemberColumn.BIRTH, "Năm sinh");
    }

    @Test
    void recognisesEverySynonymWithOrWithoutToneMarksAndInAnyCase() {
        String[][] synonyms = {
                {"Họ và tên", "Họ tên", "Tên", "Họ và tên thành viên", "HO VA TEN", "ho ten"},
                {"Giới tính", "Giới", "GIOI TINH", "gioi"},
                {"Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "NGAY THANG NAM SINH", "nam sinh"},
                {"Số CCCD", "CMND/CCCD", "CCCD", "Số CMND", "Số định danh", "so dinh danh", "cmnd/cccd"},
                {"Điện thoại", "SĐT", "Số điện thoại", "sdt", "SO DIEN THOAI"},
                {"Ngày vào CLB", "Ngày vào hội", "Ngày tham gia", "ngay vao hoi"},
                {"Số thẻ BHYT", "Thẻ BHYT", "Mã thẻ BHYT", "the bhyt"}};
        MemberColumn[] columns = {MemberColumn.FULL_NAME, MemberColumn.SEX, MemberColumn.BIRTH, MemberColumn.CITIZEN_ID,
                MemberColumn.PHONE, MemberColumn.JOINED_ON, MemberColumn.HI_CARD};
        for (int i = 0; i < columns.length; i++) {
            for (String synonym : synonyms[i]) {
                MemberColumn column = columns[i];
                assertThat(java.util.Arrays.stream(MemberColumn.values()).filter(c -> c.heads(synonym)).toList())
                        .as(synonym).containsExactly(column);
            }
        }
        assertThat(java.util.Arrays.stream(MemberColumn.values()).filter(c -> c.heads("Ghi chú")).toList()).isEmpty();
    }

    @Test
    void needsOnlyNameSexAndBirthAndRefusesTwoColumnsForOneFieldNamingBoth() {
        List<SheetLine> lines = read(MemberSheets.sheet().headed("Họ và tên", "Giới tính", "Ngày sinh")
                .row("Trần Thị Hoa", "Nữ", "12/1952"));
        assertThat(lines).extracting(SheetLine::fullName, SheetLine::birth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trần Thị Hoa", "12/1952"));

        InvalidInputException noSex = refusal(MemberSheets.sheet().headed("Họ tên", "Năm sinh", "SĐT")
                .row("Trần Thị Hoa", "1952", "0912345678").bytes(), ImportLimits.DEFAULT);
        assertThat(say(noSex, Locale.forLanguageTag("vi"))).isEqualTo("Dòng tiêu đề (dòng 1) thiếu cột: Giới tính. Hãy dùng tệp mẫu.");

        InvalidInputException twice = refusal(MemberSheets.sheet().headed("Họ tên", "Giới tính", "Năm sinh", "CCCD", "Số CMND")
                .row("Trần Thị Hoa", "Nữ", "1952", "001052012345", "").bytes(), ImportLimits.DEFAULT);
        assertThat(say(twice, Locale.forLanguageTag("vi")))
                .isEqualTo("Dòng tiêu đề (dòng 1) có hai cột cùng là Số CCCD: \"CCCD\" và \"Số CMND\". Hãy giữ lại một cột.");
        assertThat(say(twice, Locale.ENGLISH)).contains("\"CCCD\"").contains("\"Số CMND\"");
    }
}
