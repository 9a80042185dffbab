package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberLists;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.BusyException;
import vn.ishc.shared.OutOfScopeException;

@SpringBootTest
class MemberImportsTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);

    @Autowired
    MemberImports imports;
    @Autowired
    Members members;
    @Autowired
    MemberLists lists;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportCitizenIdSealing sealing;

    Club aClub() {
        return ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
    }

    List<MemberRow> membersOf(Club club) {
        return members.membersOf(club.id(), BusinessCalendar.today(clock), NATION);
    }

    ImportBatch saved(ImportBatch preview) {
        imports.confirm(preview.id(), "test", NATION);
        return ImportFixtures.awaitEnd(imports, preview.id(), NATION);
    }

    /** A citizen ID no other test uses: the database outlives a test run. */
    static String freshCitizenId() {
        return String.format("0%011d", java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    final String lanId = freshCitizenId();

    MemberSheets threeGoodTwoBad() {
        return MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", lanId)
                .member("Trần Thị Hoa", "12/1952", "")
                .member("Lê Văn Minh", "1948", "")
                .member("Phạm Thị Cúc", "31/02/1950", "")
                .row("Hoàng Thị Mai", "Bà", "1951", "Kinh", "Khác", "", "", "", "", "", "", "", "01/03/2024");
    }

    @Test
    void anUploadWhileTheServerReadsAsManySheetsAsItTakesAtOnceIsAskedToTryAgain() throws Exception {
        Club club = aClub();
        int atOnce = imports.limits().readsAtOnce();
        try (ImportFixtures.Reading reading = ImportFixtures.reading(imports, club.id(), NATION, atOnce)) {
            assertThatThrownBy(() -> ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION))
                    .isInstanceOf(BusyException.class).hasFieldOrPropertyWithValue("messageKey", "exchange.file.busy");
            assertThat(reading.finish()).extracting(ImportBatch::toAdd).containsOnly(1);
        }
        // The sheets read, the next upload is taken; the one refused left nothing behind.
        assertThat(ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION).totalRows()).isEqualTo(5);
        assertThat(imports.recent(club.id(), NATION, 10)).hasSize(atOnce + 1);
    }

    @Test
    void aPreviewCountsRowsToAddAndRefusedAndSavesNothing() {
        Club club = aClub();
        ImportBatch b = ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION);

        assertThat(b.status()).isEqualTo(ImportBatch.Status.PREVIEW);
        assertThat(List.of(b.totalRows(), b.toAdd(), b.toUpdate(), b.unchanged(), b.refused()))
                .containsExactly(5, 3, 0, 0, 2);
        assertThat(imports.problems(b.id(), NATION, 100))
                .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "Ngày sinh (ngày/tháng/năm hoặc năm)", "31/02/1950",
                                "members.birth.invalid"),
                        org.assertj.core.groups.Tuple.tuple(6, "Giới tính", "Bà", "members.sex.invalid"));
        assertThat(membersOf(club)).isEmpty();
    }

    @Test
    void confirmingSavesTheValidRowsAndTheSameFileTwiceAddsNobody() {
        Club club = aClub();
        ImportBatch first = saved(ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION));
        assertThat(first.status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(first.doneRows()).isEqualTo(3);
        assertThat(membersOf(club)).extracting(m -> m.person().fullName())
                .containsExactlyInAnyOrder("Nguyễn Thị Lan", "Trần Thị Hoa", "Lê Văn Minh");

        ImportBatch second = ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION);
        assertThat(List.of(second.toAdd(), second.toUpdate(), second.unchanged(), second.refused()))
                .containsExactly(0, 0, 3, 2);
        assertThat(second.toSave()).isZero();
        assertThat(membersOf(club)).hasSize(3);
    }

    @Test
    void aRowOfAKnownMemberUpdatesWhatDiffersAndTheChangeIsAudited() {
        Club club = aClub();
        saved(ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION));

        // Lan by her citizen ID with a new phone; Minh, without ID, by name without diacritics and birth year.
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .row("Nguyễn Thị Lan", "Nữ", "1950", "Kinh", "Khác", "", "", "", "", "", "0912345678", lanId, "")
                .row("Le Van Minh", "Nam", "1948", "Kinh", "Cận nghèo", "2024", "", "", "", "Có", "", "", ""), NATION);
        assertThat(List.of(b.toAdd(), b.toUpdate(), b.unchanged(), b.refused())).containsExactly(0, 2, 0, 0);
        assertThat(imports.updates(b.id(), NATION, 10)).extracting(ImportedRow::changes)
                .containsExactly("Điện thoại", "Họ và tên, Giới tính, Hoàn cảnh hộ, Năm danh sách hộ nghèo, Sống một mình");

        assertThat(saved(b).status()).isEqualTo(ImportBatch.Status.SAVED);
        var lan = membersOf(club).stream().filter(m -> m.person().fullName().equals("Nguyễn Thị Lan")).findFirst()
                .orElseThrow().person();
        assertThat(lan.phone()).isEqualTo("0912345678");
        // The year alone does not wipe out the full date of birth already known.
        assertThat(lan.birthDate()).isEqualTo(LocalDate.of(1950, 12, 31));
        assertThat(jdbc.sql("select detail::text from audit_event where action = 'person.changed' and target = :t")
                .param("t", "person:" + lan.id()).query(String.class).single())
                .contains("\"phone\"").contains("0912345678");
    }

    @Test
    void aSheetWithoutSomeColumnsLeavesTheirSavedValuesAndNamesTheHeadersItIgnores() {
        Club club = aClub();
        saved(ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .row("Nguyễn Thị Lan", "Nữ", "31/12/1950", "Tày", "Cận nghèo", "2024", "HT2010123456789", "31/12/2026",
                        "Có", "Có", "0912345678", lanId, "01/03/2024"), NATION));

        // A commune's own book: other names, fewer columns, a note the system has no field for.
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .headed("STT", "Họ tên", "Giới", "Năm sinh", "CMND/CCCD", "Ghi chú")
                .row(1, "Nguyen Thi Lan", "Nữ", 1950, lanId, "tổ 3")
                .row(2, "Trần Thị Hoa", "Nữ", 1952, "", ""), NATION);
        assertThat(List.of(b.toAdd(), b.toUpdate(), b.unchanged(), b.refused())).containsExactly(0, 1, 0, 1);
        assertThat(imports.updates(b.id(), NATION, 10)).extracting(ImportedRow::changes).containsExactly("Họ và tên");
        assertThat(imports.ignoredColumns(b.id(), NATION)).containsExactly("STT", "Ghi chú");
        // A new person needs an ethnicity and the day they joined, even from a sheet without those columns.
        assertThat(imports.problems(b.id(), NATION, 10)).extracting(RowProblem::row, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "exchange.cell.missing", List.of("Dân tộc")),
                        org.assertj.core.groups.Tuple.tuple(3, "exchange.cell.missing", List.of("Ngày vào CLB")));

        saved(b);
        var lan = membersOf(club).get(0).person();
        assertThat(List.<Object>of(lan.fullName(), lan.birthDate(), lan.ethnicity(), lan.household().name(), lan.householdYear(),
                lan.hiCardNumber(), lan.hiCardExpiry(), lan.disability(), lan.livesAlone(), lan.phone(), lan.citizenId()))
                .containsExactly("Nguyen Thi Lan", LocalDate.of(1950, 12, 31), "02", "NEAR_POOR", 2024, "HT2010123456789",
                        LocalDate.of(2026, 12, 31), true, true, "0912345678", lanId);
    }

    @Test
    void aRowWithAKnownCitizenIdButAnotherNameOrBirthYearIsHeldAndSavedOnlyIfTicked() {
        Club club = aClub();
        saved(ImportFixtures.preview(imports, club.id(), MemberSheets.sheet().member("Nguyễn Thị Lan", "31/12/1950", lanId),
                NATION));

        // Same given name and year, another family name: the same person, corrected; an update as before.
        ImportBatch same = ImportFixtures.preview(imports, club.id(),
                MemberSheets.sheet().member("Trần thi LAN", "1950", lanId), NATION);
        assertThat(List.of(same.toUpdate(), same.refused())).containsExactly(1, 0);
        assertThat(imports.held(same.id(), NATION)).isEmpty();
        imports.cancel(same.id(), "test", NATION);
        // Another given name, or another birth year: held, not an update.
        for (MemberSheets sheet : List.of(MemberSheets.sheet().member("Nguyễn Thị Hoa", "1950", lanId),
                MemberSheets.sheet().member("Nguyễn Thị Lan", "1951", lanId))) {
            ImportBatch b = ImportFixtures.preview(imports, club.id(), sheet, NATION);
            assertThat(List.of(b.toAdd(), b.toUpdate(), b.unchanged(), b.refused(), b.toSave())).containsOnly(0);
            assertThat(imports.held(b.id(), NATION)).hasSize(1);
            imports.cancel(b.id(), "test", NATION);
        }

        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Trần Văn Hùng", "1948", lanId), NATION);
        assertThat(imports.held(b.id(), NATION)).extracting(ImportBatch.HeldRow::row, ImportBatch.HeldRow::fullName,
                ImportBatch.HeldRow::birth, ImportBatch.HeldRow::personId).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2, "Trần Văn Hùng", "1948", membersOf(club).get(0).person().id()));
        // Confirmed without its tick, the row is skipped.
        imports.confirm(b.id(), List.of(), "test", NATION);
        assertThat(ImportFixtures.awaitEnd(imports, b.id(), NATION).status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(imports.held(b.id(), NATION)).hasSize(1);
        assertThat(membersOf(club).get(0).person().fullName()).isEqualTo("Nguyễn Thị Lan");

        // Ticked, it updates the member the citizen ID belongs to.
        ImportBatch ticked = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Trần Văn Hùng", "1948", lanId), NATION);
        imports.confirm(ticked.id(), List.of(2), "test", NATION);
        ImportBatch done = ImportFixtures.awaitEnd(imports, ticked.id(), NATION);
        assertThat(List.of(done.toUpdate(), done.doneRows())).containsExactly(1, 1);
        assertThat(imports.held(ticked.id(), NATION)).isEmpty();
        var p = membersOf(club).get(0).person();
        assertThat(List.<Object>of(p.fullName(), p.birthYear(), p.citizenId())).containsExactly("Trần Văn Hùng", 1948, lanId);
    }

    @Test
    void aFailureHalfwayThroughSavingSavesNothing() {
        Club club = aClub();
        MemberSheets sheet = MemberSheets.sheet();
        String prefix = freshCitizenId().substring(0, 4);
        for (int i = 0; i < 700; i++) {
            sheet.member("Người Thứ " + i, "1950", prefix + String.format("%08d", i));
        }
        ImportBatch b = ImportFixtures.preview(imports, club.id(), sheet, NATION);
        assertThat(b.toAdd()).isEqualTo(700);
        // After the preview, someone else is enrolled with the citizen ID of row 651 — past the first batch of 500.
        members.enrol(null, new PersonDetails("Người Khác", "Nam", "1960", "Kinh", "Khác", null, null, null, false,
                false, null, prefix + String.format("%08d", 650), null), aClub().id(), FOUNDED, "test", NATION);

        ImportBatch failed = saved(b);
        assertThat(failed.status()).isEqualTo(ImportBatch.Status.FAILED);
        assertThat(failed.doneRows()).isZero();
        assertThat(membersOf(club)).isEmpty();
        List<String> numbers = java.util.stream.IntStream.range(0, 700).mapToObj(i -> prefix + String.format("%08d", i))
                .toList();
        assertThat(lists.citizenIdsInUse(numbers)).containsExactly(prefix + String.format("%08d", 650));
    }

    @Test
    void aCancelledPreviewSavesNothingAndCannotBeConfirmed() {
        Club club = aClub();
        ImportBatch b = ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION);
        assertThat(imports.cancel(b.id(), "test", NATION).status()).isEqualTo(ImportBatch.Status.CANCELLED);
        assertThatThrownBy(() -> imports.confirm(b.id(), "test", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "exchange.batch.closed");
        assertThat(membersOf(club)).isEmpty();
    }

    @Test
    void aRowRepeatingAnEarlierOneOrACitizenIdUsedElsewhereIsRefused() {
        Club club = aClub();
        String taken = freshCitizenId();
        members.enrol(null, new PersonDetails("Người Ở CLB Khác", "Nam", "1960", "Kinh", "Khác", null, null, null,
                false, false, null, taken, null), aClub().id(), FOUNDED, "test", NATION);
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "1950", "")
                .member("Nguyen Thi Lan", "1950", "")
                .member("Trần Thị Hoa", "1952", taken), NATION);
        assertThat(imports.problems(b.id(), NATION, 10)).extracting(RowProblem::row, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "exchange.row.repeated"),
                        org.assertj.core.groups.Tuple.tuple(4, "members.citizenId.taken"));
    }

    @Test
    void aPreviewKeepsNoCitizenIdReadableAndItsSavingOpensThem() {
        Club club = aClub();
        String taken = freshCitizenId();
        members.enrol(null, new PersonDetails("Người Ở CLB Khác", "Nam", "1960", "Kinh", "Khác", null, null, null,
                false, false, null, taken, null), aClub().id(), FOUNDED, "test", NATION);
        String fresh = freshCitizenId();
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "1950", fresh)
                .member("Trần Thị Hoa", "1952", taken), NATION);

        String stored = jdbc.sql("""
                        select (select string_agg(to_jsonb(r)::text, ' ') from import_row r where r.batch_id = :b)
                            || ' ' || (select string_agg(to_jsonb(p)::text, ' ') from import_problem p where p.batch_id = :b)""")
                .param("b", b.id()).query(String.class).single();
        assertThat(stored).contains("Nguyễn Thị Lan").contains("members.citizenId.taken")
                .doesNotContain(fresh).doesNotContain(taken);

        assertThat(saved(b).status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(membersOf(club)).extracting(r -> r.person().citizenId()).containsExactly(fresh);
    }

    @Test
    void aPreviewStoredBeforeCitizenIdsWereSealedIsSealedAtStartAndCanStillBeSaved() {
        Club club = aClub();
        String taken = freshCitizenId();
        members.enrol(null, new PersonDetails("Người Ở CLB Khác", "Nam", "1960", "Kinh", "Khác", null, null, null,
                false, false, null, taken, null), aClub().id(), FOUNDED, "test", NATION);
        String fresh = freshCitizenId();
        ImportBatch b = ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "1950", fresh)
                .member("Trần Thị Hoa", "1952", taken), NATION);
        // As a preview was stored before: the row's number readable, the refused number whole in its problem.
        jdbc.sql("""
                        update import_row set details = jsonb_set(details, '{details,citizenId}', to_jsonb(cast(:n as text)))
                        where batch_id = :b and details is not null""")
                .param("n", fresh).param("b", b.id()).update();
        jdbc.sql("""
                        update import_problem set value = :t,
                            arguments = jsonb_build_array(cast(:t as text), 'CCCD ' || :t || ' đã có', '1234567890123')
                        where batch_id = :b""")
                .param("t", taken).param("b", b.id()).update();
        assertThat(storedPreview(b)).contains(fresh).contains(taken);

        sealing.sealReadableNumbers();
        sealing.maskProblems();
        assertThat(sealing.sealReadableNumbers()).isZero();
        assertThat(sealing.maskProblems()).isZero();

        assertThat(storedPreview(b)).doesNotContain(fresh).doesNotContain(taken)
                .contains(vn.ishc.members.CitizenIds.mask(taken)).contains("1234567890123");
        assertThat(imports.problems(b.id(), NATION, 10)).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo(vn.ishc.members.CitizenIds.mask(taken));
            assertThat(p.arguments()).containsExactly(vn.ishc.members.CitizenIds.mask(taken),
                    "CCCD " + vn.ishc.members.CitizenIds.mask(taken) + " đã có", "1234567890123");
        });
        assertThat(saved(b).status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(membersOf(club)).extracting(r -> r.person().citizenId()).containsExactly(fresh);
    }

    String storedPreview(ImportBatch b) {
        return jdbc.sql("""
                        select (select string_agg(to_jsonb(r)::text, ' ') from import_row r where r.batch_id = :b)
                            || ' ' || (select string_agg(to_jsonb(p)::text, ' ') from import_problem p where p.batch_id = :b)""")
                .param("b", b.id()).query(String.class).single();
    }

    @Test
    void nobodyOutsideTheClubsAreaSeesOrImports() {
        Club club = aClub();
        ImportBatch b = ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), NATION);
        AreaScope elsewhere = AreaScope.province("25");
        assertThatThrownBy(() -> ImportFixtures.preview(imports, club.id(), threeGoodTwoBad(), elsewhere))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.get(b.id(), elsewhere)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.confirm(b.id(), "x", elsewhere)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.cancel(b.id(), "x", elsewhere)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> imports.template(club.id(), elsewhere)).isInstanceOf(OutOfScopeException.class);
        assertThat(imports.get(b.id(), NATION).status()).isEqualTo(ImportBatch.Status.PREVIEW);
    }
}
