package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.BoardSeat;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.OutOfScopeException;

/** A commune's clubs imported from one sheet: previewed row by row, saved all together, once. */
@SpringBootTest
class ClubImportsTest {

    static final String COMMUNE = "06112";
    static final LocalDate FOUNDED = GeographyFixtures.AFTER_REFORM;
    static final String ACTOR = "officer-" + UUID.randomUUID();

    @Autowired
    ClubImports imports;
    @Autowired
    Clubs clubs;
    @Autowired
    Boards boards;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    java.time.Clock clock;

    ClubWithMembers aClub() {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, COMMUNE, FOUNDED, 2);
    }

    long commune() {
        return GeographyFixtures.communeToday(units, COMMUNE).id();
    }

    String villageOf(Club club) {
        return villages.get(club.villageId(), AreaScope.nation()).name();
    }

    static AreaScope officerOf(Club club) {
        return AreaScope.ofPath(club.areaPaths().get(0));
    }

    ClubImportBatch preview(ClubSheets sheet, AreaScope scope) {
        return preview(sheet.bytes(), scope);
    }

    ClubImportBatch preview(byte[] sheet, AreaScope scope) {
        return imports.preview(commune(), "clb.xlsx", new ByteArrayInputStream(sheet), ACTOR, scope);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    List<Club> named(String name) {
        return clubs.list(new ClubFilter(null, null, null, name, null), AreaScope.nation(), 10);
    }

    @Test
    void aNewClubAndAChangedOneArePreviewedThenSavedOnceAllTogetherWithTheBoard() {
        ClubWithMembers a = aClub();
        Club club = a.club();
        AreaScope officer = officerOf(club);
        String s = suffix();
        String newName = "CLB Liên thế hệ xóm Mới " + s;
        ClubSheets sheet = ClubSheets.sheet()
                .club("MOI-" + s, newName, villageOf(club).toUpperCase(), "5/QĐ-UBND", "01/09/2025", "", "ngày 15")
                .row(club.code(), club.name() + " (đổi tên)", villageOf(club), club.decisionNumber(), club.decisionDate(),
                        club.foundedOn(), "21", a.names().get(0).toLowerCase(), "", a.people().get(1).toString());
        ClubImportBatch batch = preview(sheet, officer);
        assertThat(batch.totalRows()).isEqualTo(2);
        assertThat(batch.toAdd()).isEqualTo(1);
        assertThat(batch.toUpdate()).isEqualTo(1);
        assertThat(batch.refused()).isZero();
        assertThat(imports.rows(batch.id(), ACTOR)).extracting(ClubImportRow::row, ClubImportRow::outcome)
                .containsExactly(tuple(2, ClubImportRow.Outcome.ADD), tuple(3, ClubImportRow.Outcome.UPDATE));
        assertThat(named(newName)).isEmpty();
        assertThat(clubs.get(club.id(), officer).name()).isEqualTo(club.name());

        imports.confirm(batch.id(), ACTOR, officer);
        assertThat(imports.confirm(batch.id(), ACTOR, officer).status()).isEqualTo(ClubImportBatch.Status.SAVED);

        assertThat(named(newName)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("MOI-" + s);
            assertThat(c.villageId()).isEqualTo(club.villageId());
            assertThat(c.decisionDate()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(c.foundedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(c.meetingDay().dayOfMonth()).isEqualTo(15);
        });
        Club renamed = clubs.get(club.id(), officer);
        assertThat(renamed.name()).isEqualTo(club.name() + " (đổi tên)");
        assertThat(renamed.version()).isEqualTo(club.version() + 1);
        List<BoardSeat> board = boards.boardOn(club.id(), vn.ishc.shared.BusinessCalendar.today(clock), officer);
        assertThat(board).extracting(BoardSeat::role, BoardSeat::personId).containsExactly(
                tuple(BoardRole.CHAIR, a.people().get(0)), tuple(BoardRole.FINANCE, a.people().get(1)));
    }

    @Test
    void refusesEachBadRowNamingRowColumnAndValue() {
        ClubWithMembers a = aClub();
        Club club = a.club();
        ClubWithMembers far = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 1, 5), 1);
        String s = suffix();
        ClubSheets sheet = ClubSheets.sheet()
                .club("A-" + s, "CLB A " + s, villageOf(far.club()), "1", "01/09/2025", "", 15)
                .club("B-" + s, "CLB B " + s, villageOf(club), "2", "01/01/2099", "", 15)
                .club("C-" + s, "CLB C " + s, villageOf(club), "3", "01/09/2025", "01/08/2025", 15)
                .club("D-" + s, "CLB B " + s, villageOf(club), "4", "01/09/2025", "", 32)
                .row("E-" + s, "CLB E " + s, villageOf(club), "5", "01/09/2025", "", 15, "Nguyễn Văn An")
                .club(far.club().code(), far.club().name(), villageOf(club), "6", "01/09/2025", "", 15)
                .row(club.code(), club.name(), villageOf(club), club.decisionNumber(), club.decisionDate(),
                        club.foundedOn(), 21, "Người Lạ " + s);
        // A national officer sees the club of another commune: its code is not taken for a new club of this one.
        ClubImportBatch batch = preview(sheet, AreaScope.nation());
        assertThat(batch.refused()).isEqualTo(7);
        assertThat(batch.toSave()).isZero();
        assertThat(imports.problems(batch.id(), ACTOR, 100))
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey).containsExactly(
                        tuple(2, "Thôn, xóm", "exchange.clubs.village"),
                        tuple(3, "Ngày quyết định", "exchange.clubs.future"),
                        tuple(4, "Ngày thành lập", "exchange.clubs.foundedBeforeDecision"),
                        tuple(5, "Ngày sinh hoạt hằng tháng", "exchange.clubs.meetingDay"),
                        tuple(5, "Tên câu lạc bộ", "exchange.clubs.repeatedName"),
                        tuple(6, "Chủ nhiệm", "exchange.clubs.boardOfNewClub"),
                        tuple(7, "Mã câu lạc bộ", "exchange.clubs.otherCommune"),
                        tuple(8, "Chủ nhiệm", "exchange.clubs.notMember"));
        assertThat(imports.problems(batch.id(), ACTOR, 100).get(0).value()).isEqualTo(villageOf(far.club()));
        imports.confirm(batch.id(), ACTOR, AreaScope.nation());
        assertThat(named("CLB A " + s)).isEmpty();
    }

    @Test
    void anOfficerOfAnotherCommuneAndAnotherUserAreRefused() {
        ClubWithMembers a = aClub();
        ClubWithMembers far = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06001",
                LocalDate.of(2024, 1, 5), 1);
        AreaScope elsewhere = officerOf(far.club());
        ClubSheets sheet = ClubSheets.sheet().club("X-" + suffix(), "CLB X " + suffix(), villageOf(a.club()), "1",
                "01/09/2025", "", 15);
        assertThatThrownBy(() -> preview(sheet, elsewhere)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.template(commune(), elsewhere)).isInstanceOf(OutOfScopeException.class);
        ClubImportBatch batch = preview(sheet, officerOf(a.club()));
        assertThatThrownBy(() -> imports.get(batch.id(), "someone-else")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.confirm(batch.id(), "someone-else", officerOf(a.club())))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theTemplateDownloadedChangedInOneRowAndUploadedIsOneUpdate() throws Exception {
        ClubWithMembers a = aClub();
        aClub();
        Club club = a.club();
        AreaScope officer = officerOf(club);
        byte[] template = imports.template(commune(), officer);
        byte[] changed;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Mã câu lạc bộ *");
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(5))).isEqualTo("Ngày thành lập");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("(Hướng dẫn)");
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2));
            Row mine = null;
            for (Row r : sheet) {
                if (club.code().equals(f.formatCellValue(r.getCell(0)))) {
                    mine = r;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(f.formatCellValue(mine.getCell(2))).isEqualTo(villageOf(club));
            assertThat(mine.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(club.decisionDate());
            assertThat(f.formatCellValue(mine.getCell(6))).isEqualTo("21");
            mine.getCell(3).setCellValue("99/QĐ-UBND");
            wb.write(out);
            changed = out.toByteArray();
        }
        ClubImportBatch batch = preview(changed, officer);
        assertThat(batch.toUpdate()).isEqualTo(1);
        assertThat(batch.toAdd()).isZero();
        assertThat(batch.refused()).isZero();
        assertThat(batch.unchanged()).isGreaterThanOrEqualTo(1);
        assertThat(imports.rows(batch.id(), ACTOR)).filteredOn(r -> r.outcome() == ClubImportRow.Outcome.UPDATE)
                .singleElement().satisfies(r -> assertThat(r.clubId()).isEqualTo(club.id()));
        imports.confirm(batch.id(), ACTOR, officer);
        assertThat(clubs.get(club.id(), officer).decisionNumber()).isEqualTo("99/QĐ-UBND");
    }

    @Test
    void aClubMeetingOnAWeekdayOfAWeekComesBackUnchangedFromTheTemplate() {
        Club club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, COMMUNE, FOUNDED, 1,
                vn.ishc.clubs.MeetingDay.ofWeekday(2, java.time.DayOfWeek.SUNDAY)).club();
        ClubImportBatch batch = preview(imports.template(commune(), officerOf(club)), officerOf(club));
        assertThat(imports.rows(batch.id(), ACTOR)).filteredOn(r -> club.id().equals(r.clubId())).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(ClubImportRow.Outcome.UNCHANGED));
        assertThat(batch.refused()).isZero();

        ClubImportBatch changed = preview(ClubSheets.sheet().club(club.code(), club.name(), villageOf(club),
                club.decisionNumber(), club.decisionDate(), club.foundedOn(), "Chủ nhật tuần thứ 3 hằng tháng"),
                officerOf(club));
        assertThat(changed.toUpdate()).isEqualTo(1);
        imports.confirm(changed.id(), ACTOR, officerOf(club));
        assertThat(clubs.get(club.id(), officerOf(club)).meetingDay().code()).isEqualTo("W3-SUNDAY");
    }

    @Test
    void theErrorCopyHasALoiColumnOnEachRefusedRow() throws Exception {
        ClubWithMembers a = aClub();
        String s = suffix();
        ClubImportBatch batch = preview(ClubSheets.sheet()
                .club("OK-" + s, "CLB OK " + s, villageOf(a.club()), "1", "01/09/2025", "", 15)
                .club("KO-" + s, "CLB KO " + s, "Thôn Không Có " + s, "2", "01/09/2025", "", 15), officerOf(a.club()));
        byte[] copy = imports.errorCopy(batch.id(), ACTOR, p -> p.messageKey() + " @ " + p.column());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var sheet = wb.getSheetAt(0);
            int loi = ClubSheets.HEADERS.size();
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(loi))).isEqualTo("Lỗi");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(loi))).isEmpty();
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(loi))).isEqualTo("exchange.clubs.village @ Thôn, xóm");
        }
    }
}
