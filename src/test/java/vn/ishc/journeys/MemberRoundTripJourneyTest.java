package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.exchange.MemberSheets;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * A commune officer downloads a club's members, corrects two of them in Excel and uploads the file
 * again: two updates, the rest unchanged. A sheet with bad rows comes back with a "Lỗi" column on them.
 */
class MemberRoundTripJourneyTest extends JourneyTestBase {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;

    @Test
    void anOfficerCorrectsTwoMembersInTheDownloadAndGetsTheRefusedRowsBackMarked() throws IOException {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        long commune = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
        for (String name : List.of("Nguyễn Thị Lan", "Trần Thị Hoa", "Lê Văn Minh")) {
            members.enrol(null, new PersonDetails(name, "Nữ", "1950", "Kinh", "Khác", null, null, null, false, false,
                    null, null, null), club.id(), LocalDate.of(2022, 3, 1), "test", AreaScope.nation());
        }
        var officer = users().create(Role.COMMUNE_OFFICER, commune, "Hà Thị Thu");
        signIn(officer.username(), officer.password());
        open("/clubs/" + club.id() + "/members/import");

        Download download = page.waitForDownload(() -> page.locator("#import-current").click());
        byte[] corrected;
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            int phone = column(sheet, "Điện thoại");
            for (Row row : sheet) {
                String name = new DataFormatter().formatCellValue(row.getCell(0));
                if (name.equals("Nguyễn Thị Lan") || name.equals("Lê Văn Minh")) {
                    row.createCell(phone).setCellValue("0912345678");
                }
            }
            book.write(out);
            corrected = out.toByteArray();
        }
        page.locator("#import-file").setInputFiles(new FilePayload("thanh-vien-da-sua.xlsx", XLSX, corrected));
        page.locator("#import-upload button[type=submit]").click();
        assertThat(page.locator("#count-update")).hasText("2");
        assertThat(page.locator("#count-unchanged")).hasText("1");
        assertThat(page.locator("#count-add")).hasText("0");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-saved")).containsText("cập nhật 2 thành viên");

        page.locator("a.button[href$='/members/import']").click();
        MemberSheets bad = MemberSheets.sheet()
                .member("Phạm Thị Cúc", "31/02/1950", "")
                .member("Đỗ Thị Mai", "1951", "")
                .row("Vũ Văn Nam", "Ông", "1949", "Kinh", "Khác", "", "", "", "", "", "", "", "01/03/2024");
        page.locator("#import-file").setInputFiles(new FilePayload("thanh-vien.xlsx", XLSX, bad.bytes()));
        page.locator("#import-upload button[type=submit]").click();
        assertThat(page.locator("#count-refused")).hasText("2");

        Download errors = page.waitForDownload(() -> page.locator("#import-error-copy").click());
        List<String> marks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(errors.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int errorColumn = column(sheet, "Lỗi");
            for (Row row : sheet) {
                marks.add(new DataFormatter().formatCellValue(row.getCell(errorColumn)));
            }
        }
        org.assertj.core.api.Assertions.assertThat(marks).hasSize(4);
        org.assertj.core.api.Assertions.assertThat(marks.get(1)).contains("31/02/1950");
        org.assertj.core.api.Assertions.assertThat(marks.get(2)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(marks.get(3)).contains("Giới tính").contains("Ông");
    }

    private static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (header.equals(new DataFormatter().formatCellValue(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
