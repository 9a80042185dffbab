package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;

/**
 * A commune officer keys two clubs' monthly meetings into the commune's meeting book template: one bad
 * reading refuses its meeting, named by row, column and value in the preview and in the error copy; the
 * fixed sheet is saved and both meetings show on the clubs' pages.
 */
class MeetingBookImportJourneyTest extends JourneyTestBase {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 5);
    static final String DAY = "21/03/2024";

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;

    @Test
    void aCommuneOfficerImportsTwoClubsMeetingsFromOneSheetAfterFixingABadReading() throws Exception {
        ClubWithMembers a = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001", FOUNDED, 2);
        ClubWithMembers b = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001", FOUNDED, 2);
        long commune = GeographyFixtures.communeToday(units, a.club().areaPaths().get(0).substring(3)).id();
        var officer = users().create(Role.COMMUNE_OFFICER, commune, "Hà Thị Thu");
        signIn(officer.username(), officer.password());
        open("/");
        page.locator("#nav-meeting-book-import").click();
        Download download = page.waitForDownload(() -> page.locator("#meeting-book-template-all").click());
        byte[] template = Files.readAllBytes(download.path());

        // Club A's first member measured at 400 mmHg: impossible.
        Map<UUID, Object[]> filled = Map.of(
                a.people().get(0), new Object[] {"Có", 400, 85, 72, 52.5},
                a.people().get(1), new Object[] {"Không"},
                b.people().get(0), new Object[] {"Có", 128, 82, 70, 49},
                b.people().get(1), new Object[] {"Có"});
        FilledSheet bad = fill(template, filled);
        page.locator("#meeting-book-file").setInputFiles(new FilePayload("so-sinh-hoat.xlsx", XLSX, bad.bytes()));
        page.locator("#meeting-book-upload button[type=submit]").click();

        assertThat(page.locator("#count-add")).hasText("1");
        assertThat(page.locator("#count-refused")).hasText("1");
        var refusal = page.locator("#refusals tbody tr").first();
        assertThat(refusal).containsText(String.valueOf(bad.rowOf(a.people().get(0))));
        assertThat(refusal).containsText("Huyết áp tâm thu");
        assertThat(refusal).containsText("400");
        assertThat(refusal).containsText("phải từ 60 đến 260");
        assertThat(page.locator("#refusals")).containsText("Cả buổi sinh hoạt ngày " + DAY);
        snapshot("meeting-book-preview-with-refusal");

        Download errors = page.waitForDownload(() -> page.locator("#import-error-copy").click());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(errors.path()))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int loi = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(loi))).isEqualTo("Lỗi");
            assertThat(f.formatCellValue(sheet.getRow(bad.rowOf(a.people().get(0)) - 1).getCell(loi)))
                    .contains("Huyết áp tâm thu", "400");
        }
        page.locator("#import-cancel").click();
        page.locator("#import-again").click();

        FilledSheet fixed = fill(template, Map.of(
                a.people().get(0), new Object[] {"Có", 140, 85, 72, 52.5},
                a.people().get(1), new Object[] {"Không"},
                b.people().get(0), new Object[] {"Có", 128, 82, 70, 49},
                b.people().get(1), new Object[] {"Có"}));
        page.locator("#meeting-book-file").setInputFiles(new FilePayload("so-sinh-hoat-da-sua.xlsx", XLSX, fixed.bytes()));
        page.locator("#meeting-book-upload button[type=submit]").click();
        assertThat(page.locator("#count-add")).hasText("2");
        assertThat(page.locator("#count-refused")).hasText("0");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-saved")).containsText("thêm 2 buổi sinh hoạt");
        snapshot("meeting-book-saved");

        for (ClubWithMembers c : List.of(a, b)) {
            open("/clubs/" + c.club().id() + "/meetings");
            assertThat(page.locator("#meetings")).containsText(DAY);
        }
    }

    /** The template with the meeting date and the given cells (attendance, readings) on each listed member's row. */
    static FilledSheet fill(byte[] template, Map<UUID, Object[]> cells) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Map<UUID, Integer> rows = new java.util.HashMap<>();
            for (Row row : sheet) {
                String id = f.formatCellValue(row.getCell(2));
                Object[] values = id.length() == 36 ? cells.get(UUID.fromString(id)) : null;
                if (values == null) {
                    continue;
                }
                rows.put(UUID.fromString(id), row.getRowNum() + 1);
                row.createCell(1).setCellValue(DAY);
                row.createCell(5).setCellValue((String) values[0]);
                for (int i = 1; i < values.length; i++) {
                    row.createCell(5 + i).setCellValue(((Number) values[i]).doubleValue());
                }
            }
            assertThat(rows).hasSameSizeAs(cells);
            wb.write(out);
            return new FilledSheet(out.toByteArray(), rows);
        }
    }

    record FilledSheet(byte[] bytes, Map<UUID, Integer> rows) {
        int rowOf(UUID member) {
            return rows.get(member);
        }
    }
}
