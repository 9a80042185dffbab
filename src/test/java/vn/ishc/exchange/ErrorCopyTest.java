package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.NotFoundException;

/** The upload handed back with a "Lỗi" column on the rows refused. */
@SpringBootTest
class ErrorCopyTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    MemberImports imports;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    final String badId = "0012345678";
    final String goodId = MemberImportsTest.freshCitizenId();

    Club aClub() {
        return ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
    }

    ImportBatch twoGoodTwoBad(Club club) {
        return ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", goodId)
                .member("Phạm Thị Cúc", "31/02/1950", "")
                .member("Lê Văn Minh", "1948", "")
                .member("Hoàng Thị Mai", "1951", badId), NATION);
    }

    /** Each cell as shown, by Excel's row number and the column's header. */
    static String cell(Sheet sheet, int row, String header) {
        DataFormatter text = new DataFormatter();
        for (var c : sheet.getRow(0)) {
            if (header.equals(text.formatCellValue(c))) {
                var r = sheet.getRow(row - 1);
                return r == null || r.getCell(c.getColumnIndex()) == null ? ""
                        : text.formatCellValue(r.getCell(c.getColumnIndex()));
            }
        }
        throw new AssertionError("no column " + header);
    }

    byte[] copy(ImportBatch b, boolean full) {
        return imports.errorCopy(b.id(), NATION, full, p -> p.column() + " \"" + p.value() + "\": " + p.messageKey());
    }

    @Test
    void theRefusedRowsSayWhyInAColumnOfTheirOwnAndTheRestIsAsSent() throws IOException {
        ImportBatch b = twoGoodTwoBad(aClub());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy(b, true)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(cell(sheet, 3, "Lỗi")).isEqualTo("Ngày sinh (ngày/tháng/năm hoặc năm) \"31/02/1950\": members.birth.invalid");
            assertThat(cell(sheet, 5, "Lỗi")).isEqualTo("Số CCCD \"" + badId + "\": members.citizenId.invalid");
            assertThat(cell(sheet, 2, "Lỗi")).isEmpty();
            assertThat(cell(sheet, 4, "Lỗi")).isEmpty();
            assertThat(cell(sheet, 2, "Số CCCD")).isEqualTo(goodId);
            assertThat(cell(sheet, 3, "Họ và tên")).isEqualTo("Phạm Thị Cúc");
        }
    }

    @Test
    void aReaderWhoSeesCitizenIdsMaskedGetsThemMaskedInTheCopy() throws IOException {
        ImportBatch b = twoGoodTwoBad(aClub());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy(b, false)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(cell(sheet, 2, "Số CCCD")).isEqualTo(goodId.substring(0, 3) + "****" + goodId.substring(8));
            assertThat(cell(sheet, 5, "Số CCCD")).isEqualTo("001****5678");
            assertThat(cell(sheet, 5, "Lỗi")).doesNotContain(badId).contains("001****5678");
        }
    }

    @Test
    void anUploadWithNothingRefusedKeepsNoCopy() {
        ImportBatch b = ImportFixtures.preview(imports, aClub().id(),
                MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", ""), NATION);
        assertThatThrownBy(() -> copy(b, true)).isInstanceOf(NotFoundException.class);
    }
}
