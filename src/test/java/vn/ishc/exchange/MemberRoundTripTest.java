package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** A club's members downloaded in the template, corrected in Excel and uploaded again. */
@SpringBootTest
class MemberRoundTripTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Clock clock;
    @Autowired
    MemberImports imports;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    final String lanId = MemberImportsTest.freshCitizenId();
    final String hoaId = MemberImportsTest.freshCitizenId();

    /** A club of four members, two with citizen IDs, saved through an import. */
    Club aClubOfFour() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", lanId)
                .row("Trần Văn Hoà", "Nam", "1948", "Tày", "Cận nghèo", "2024", "HT2010123456789", "31/12/2026", "Có",
                        "Có", "0912345678", hoaId, "01/03/2024")
                .member("Lê Thị Minh", "06/1952", "")
                .member("Phạm Thị Cúc", "1955", ""), NATION);
        imports.confirm(b.id(), "test", NATION);
        assertThat(ImportFixtures.awaitEnd(imports, b.id(), NATION).status()).isEqualTo(ImportBatch.Status.SAVED);
        return club;
    }

    ImportBatch upload(Club club, byte[] sheet) {
        return imports.preview(club.id(), "thanh-vien.xlsx", new ByteArrayInputStream(sheet), "test", NATION);
    }

    static List<Integer> counts(ImportBatch b) {
        return List.of(b.toAdd(), b.toUpdate(), b.unchanged(), b.refused());
    }

    /** The workbook with its first sheet changed as a person would in Excel. */
    static byte[] edited(byte[] xlsx, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static int rowOf(Sheet sheet, String name) {
        for (var row : sheet) {
            if (row.getCell(MemberColumn.FULL_NAME.ordinal()) != null
                    && name.equals(row.getCell(MemberColumn.FULL_NAME.ordinal()).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for " + name);
    }

    static void set(Sheet sheet, String name, MemberColumn column, String value) {
        var row = sheet.getRow(rowOf(sheet, name));
        var cell = row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal()) : row.getCell(column.ordinal());
        cell.setCellValue(value);
    }

    @Test
    void theCurrentMembersUploadedAgainUntouchedChangeNothing() {
        Club club = aClubOfFour();
        assertThat(counts(upload(club, imports.currentMembers(club.id(), NATION, true)))).containsExactly(0, 0, 4, 0);
        // Masked citizen IDs sent back as they were are the members' numbers, unchanged.
        assertThat(counts(upload(club, imports.currentMembers(club.id(), NATION, false)))).containsExactly(0, 0, 4, 0);
    }

    @Test
    void twoRowsCorrectedInTheDownloadAreExactlyTwoUpdatesAndMaskedNumbersStay() throws IOException {
        Club club = aClubOfFour();
        byte[] corrected = edited(imports.currentMembers(club.id(), NATION, false), sheet -> {
            set(sheet, "Nguyễn Thị Lan", MemberColumn.PHONE, "0987654321");
            // A name corrected: the id still says who the row is.
            set(sheet, "Lê Thị Minh", MemberColumn.FULL_NAME, "Lê Thị Minh Hằng");
        });
        ImportBatch b = upload(club, corrected);
        assertThat(counts(b)).containsExactly(0, 2, 2, 0);
        assertThat(imports.updates(b.id(), NATION, 10)).extracting(ImportedRow::changes)
                .containsExactlyInAnyOrder("Điện thoại", "Họ và tên");

        imports.confirm(b.id(), "test", NATION);
        assertThat(ImportFixtures.awaitEnd(imports, b.id(), NATION).status()).isEqualTo(ImportBatch.Status.SAVED);
        List<MemberRow> after = members.membersOf(club.id(), BusinessCalendar.today(clock), NATION);
        assertThat(after).extracting(m -> m.person().fullName())
                .containsExactlyInAnyOrder("Nguyễn Thị Lan", "Trần Văn Hoà", "Lê Thị Minh Hằng", "Phạm Thị Cúc");
        assertThat(after).extracting(m -> m.person().citizenId()).contains(lanId, hoaId);
    }

    @Test
    void aRowWithTheIdOfSomeoneNotInTheClubIsRefused() throws IOException {
        Club club = aClubOfFour();
        byte[] sheet = edited(imports.currentMembers(club.id(), NATION, true),
                s -> set(s, "Phạm Thị Cúc", MemberColumn.ID, UUID.randomUUID().toString()));
        ImportBatch b = upload(club, sheet);
        assertThat(counts(b)).containsExactly(0, 0, 3, 1);
        assertThat(imports.problems(b.id(), NATION, 10)).extracting(RowProblem::messageKey)
                .containsExactly("exchange.row.notMember");
    }
}
