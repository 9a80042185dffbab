package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.OutOfScopeException;

/** A commune's monthly meeting book imported from one sheet: previewed meeting by meeting, saved all together. */
@SpringBootTest
class MeetingBookImportsTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 5);
    static final LocalDate MARCH = LocalDate.of(2024, 3, 21);
    static final String ACTOR = "officer-" + java.util.UUID.randomUUID();

    @Autowired
    MeetingBookImports imports;
    @Autowired
    Meetings meetings;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;

    ClubWithMembers aClub(String commune) {
        return MeetingFixtures.aClubWithMembers(clubs, villages, units, members, commune, FOUNDED, 2);
    }

    MeetingBookBatch preview(MeetingBookSheets sheet, AreaScope scope) {
        return imports.preview("so.xlsx", new ByteArrayInputStream(sheet.bytes()), ACTOR, scope);
    }

    static MeetingBookSheets both(MeetingBookSheets sheet, ClubWithMembers c, Object date, Object firstSystolic) {
        return sheet.member(c.club().code(), date, c.people().get(0), "Có", firstSystolic, 80, 70, "50,5")
                .member(c.club().nationalId(), date, c.people().get(1), "Không", "", "", "", "");
    }

    @Test
    void twoClubsOfACommuneInOneSheetArePreviewedThenSavedOnceAllTogether() {
        ClubWithMembers a = aClub("06001");
        ClubWithMembers b = aClub("06001");
        MeetingBookBatch batch = preview(both(both(MeetingBookSheets.sheet(), a, "21/03/2024", 130), b, MARCH, 125),
                NATION);
        assertThat(batch.totalRows()).isEqualTo(4);
        assertThat(batch.toAdd()).isEqualTo(2);
        assertThat(batch.refused()).isZero();
        assertThat(meetings.onDate(a.club().id(), MARCH, NATION)).isEmpty();

        imports.confirm(batch.id(), ACTOR, NATION);
        assertThat(imports.confirm(batch.id(), ACTOR, NATION).status()).isEqualTo(MeetingBookBatch.Status.SAVED);

        Meeting saved = meetings.get(meetings.onDate(a.club().id(), MARCH, NATION).orElseThrow(), NATION);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.lines()).extracting(Meeting.Line::status)
                .containsExactlyInAnyOrder(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        assertThat(saved.lines()).filteredOn(l -> l.reading() != null).singleElement()
                .satisfies(l -> assertThat(l.reading().values().systolic()).isEqualTo(130));
        assertThat(meetings.onDate(b.club().id(), MARCH, NATION)).isPresent();

        MeetingBookBatch again = preview(both(both(MeetingBookSheets.sheet(), a, MARCH, 130), b, MARCH, 140), NATION);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.toUpdate()).isEqualTo(1);
        imports.confirm(again.id(), ACTOR, NATION);
        Meeting updated = meetings.get(meetings.onDate(b.club().id(), MARCH, NATION).orElseThrow(), NATION);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(meetings.get(saved.id(), NATION).version()).isEqualTo(1);
    }

    @Test
    void aMeetingWithAnImpossibleReadingIsRefusedWholeNamingRowColumnAndValue() {
        ClubWithMembers a = aClub("06001");
        ClubWithMembers b = aClub("06001");
        MeetingBookBatch batch = preview(both(both(MeetingBookSheets.sheet(), a, MARCH, 400), b, MARCH, 125), NATION);
        assertThat(batch.toAdd()).isEqualTo(1);
        assertThat(batch.refused()).isEqualTo(1);
        List<RowProblem> problems = imports.problems(batch.id(), ACTOR, 100);
        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Huyết áp tâm thu", "400", "exchange.meetingBook.range"),
                        org.assertj.core.groups.Tuple.tuple(3, null, null, "exchange.meetingBook.meetingRefused"));
        assertThat(problems.get(0).arguments()).containsExactly("Huyết áp tâm thu", "60", "260");

        imports.confirm(batch.id(), ACTOR, NATION);
        assertThat(meetings.onDate(a.club().id(), MARCH, NATION)).isEmpty();
        assertThat(meetings.onDate(b.club().id(), MARCH, NATION)).isPresent();
    }

    @Test
    void refusesClubsOutsideTheScopeStrangersFutureDatesAndMissingMembers() {
        ClubWithMembers mine = aClub("06001");
        ClubWithMembers other = aClub("06001");
        ClubWithMembers far = aClub("26881");
        AreaScope clubBoard = AreaScope.club(mine.club().areaPaths().get(0), mine.club().id());
        MeetingBookSheets sheet = MeetingBookSheets.sheet()
                .member(far.club().code(), MARCH, far.people().get(0), "Có", "", "", "", "")
                .member(mine.club().code(), "01/01/2099", mine.people().get(0), "Có", "", "", "", "")
                .member(mine.club().code(), MARCH, other.people().get(0), "Có", "", "", "", "")
                .member(mine.club().code(), "21/04/2024", mine.people().get(0), "Có", "", "", "", "");
        MeetingBookBatch batch = preview(sheet, clubBoard);
        assertThat(batch.refused()).isEqualTo(4);
        assertThat(imports.problems(batch.id(), ACTOR, 100)).extracting(RowProblem::row, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "exchange.meetingBook.club"),
                        org.assertj.core.groups.Tuple.tuple(3, "exchange.meetingBook.future"),
                        org.assertj.core.groups.Tuple.tuple(4, "exchange.meetingBook.notMember"),
                        org.assertj.core.groups.Tuple.tuple(5, "exchange.meetingBook.missingMembers"));
        assertThatThrownBy(() -> imports.get(batch.id(), "someone-else")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> preview(MeetingBookSheets.sheet()
                .member(far.club().code(), MARCH, far.people().get(0), "Có", "", "", "", ""), clubBoard))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theErrorCopyHasALoiColumnOnEachRefusedRow() throws Exception {
        ClubWithMembers a = aClub("06001");
        MeetingBookBatch batch = preview(both(MeetingBookSheets.sheet(), a, MARCH, 400), NATION);
        byte[] copy = imports.errorCopy(batch.id(), ACTOR, p -> p.messageKey() + " @ " + p.column());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var sheet = wb.getSheetAt(0);
            int loi = MeetingBookSheets.HEADERS.size();
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(loi))).isEqualTo("Lỗi");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(loi)))
                    .isEqualTo("exchange.meetingBook.range @ Huyết áp tâm thu");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(loi))).startsWith("exchange.meetingBook.meetingRefused");
        }
    }

    @Test
    void theCommuneTemplateHasEveryClubsMembersWithTheirIdsMarksRequiredColumnsAndOffersCoKhong() throws Exception {
        ClubWithMembers a = aClub("06001");
        AreaScope commune = AreaScope.ofPath(a.club().areaPaths().get(0));
        byte[] template = imports.template(null, null, commune);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Câu lạc bộ (mã) *");
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(3))).isEqualTo("Họ và tên");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("(Hướng dẫn)");
            List<String> rows = new java.util.ArrayList<>();
            sheet.forEach(r -> rows.add(f.formatCellValue(r.getCell(0)) + " " + f.formatCellValue(r.getCell(2))));
            assertThat(rows).contains(a.club().nationalId() + " " + a.people().get(0),
                    a.club().nationalId() + " " + a.people().get(1));
            assertThat(sheet.getDataValidations()).isNotEmpty();
        }
    }
}
