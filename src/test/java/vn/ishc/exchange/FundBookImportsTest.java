package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** A commune's fund book imported from one sheet: checked by the funds' rules, previewed, saved once all together. */
@SpringBootTest
class FundBookImportsTest {

    static final AreaScope NATION = AreaScope.nation();
    static final Predicate<UUID> ANY = id -> true;
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 5);
    static final String OPERATING = "Quỹ hoạt động";
    static final String LIVELIHOOD = "Quỹ phát triển sinh kế";
    static final String ACTOR = "officer-" + UUID.randomUUID();

    @Autowired
    FundBookImports imports;
    @Autowired
    Funds funds;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    Club aClub(String commune) {
        return ClubFixtures.aClub(clubs, villages, units, commune, FOUNDED);
    }

    FundBookBatch preview(FundBookSheets sheet, AreaScope scope, Predicate<UUID> mayRecord) {
        return imports.preview("so-quy.xlsx", new ByteArrayInputStream(sheet.bytes()), ACTOR, scope, mayRecord);
    }

    FundBookBatch preview(FundBookSheets sheet) {
        return preview(sheet, NATION, ANY);
    }

    long cash(Club club, Fund.Kind kind) {
        return funds.fund(club.id(), kind, NATION).cash();
    }

    List<Entry> entries(Club club, Fund.Kind kind) {
        Fund f = funds.fund(club.id(), kind, NATION);
        return funds.statement(f.id(), FOUNDED, LocalDate.of(2024, 12, 31), NATION).entries();
    }

    static FundBookSheets book(FundBookSheets sheet, String club) {
        return sheet.entry(club, "05/03/2024", OPERATING, "Thu - Thành viên đóng góp", "1.234.567", "Hội phí quý 1")
                .entry(club, LocalDate.of(2024, 3, 6), OPERATING, "Chi", "234.567", "Mua nước chè")
                .entry(club, "2024-03-07", LIVELIHOOD, "Nhà nước", "5,000,000", "");
    }

    @Test
    void twoClubsOfACommuneInOneSheetArePreviewedThenSavedOnceExactlyAsTyped() {
        Club a = aClub("06001");
        Club b = aClub("06001");
        FundBookBatch batch = preview(book(book(FundBookSheets.sheet(), a.code()), b.nationalId()));
        assertThat(batch.totalRows()).isEqualTo(6);
        assertThat(batch.toAdd()).isEqualTo(6);
        assertThat(batch.refused()).isZero();
        assertThat(cash(a, Fund.Kind.OPERATING)).isZero();

        imports.confirm(batch.id(), ACTOR, NATION, ANY);
        assertThat(imports.confirm(batch.id(), ACTOR, NATION, ANY).status()).isEqualTo(FundBookBatch.Status.SAVED);

        for (Club c : List.of(a, b)) {
            assertThat(cash(c, Fund.Kind.OPERATING)).isEqualTo(1_000_000L);
            assertThat(cash(c, Fund.Kind.INCOME_GENERATION)).isEqualTo(5_000_000L);
            assertThat(entries(c, Fund.Kind.OPERATING)).extracting(Entry::date, Entry::kind, Entry::source,
                    e -> e.cashOf(e.lines().get(0).fundId()), Entry::recordedBy).containsExactly(
                    tuple(LocalDate.of(2024, 3, 5), Entry.Kind.CONTRIBUTION, Entry.Source.MEMBERS, 1_234_567L, ACTOR),
                    tuple(LocalDate.of(2024, 3, 6), Entry.Kind.EXPENSE, null, -234_567L, ACTOR));
        }
        assertThat(entries(a, Fund.Kind.OPERATING).get(1).purpose()).isEqualTo("Mua nước chè");

        FundBookBatch again = preview(book(FundBookSheets.sheet(), a.code())
                .entry(a.code(), "08/03/2024", OPERATING, "Chi", "1.000.000", "Thăm hỏi thành viên ốm"));
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.toAdd()).isEqualTo(1);
        imports.confirm(again.id(), ACTOR, NATION, ANY);
        assertThat(cash(a, Fund.Kind.OPERATING)).isZero();
        assertThat(entries(a, Fund.Kind.OPERATING)).hasSize(3);
    }

    @Test
    void identicalRowsAddOnlyWhatTheLedgerDoesNotHoldYet() {
        Club a = aClub("06001");
        FundBookSheets fee = FundBookSheets.sheet()
                .entry(a.code(), "05/03/2024", OPERATING, "Hội phí", "50.000", "Hội phí tháng 3");
        imports.confirm(preview(fee).id(), ACTOR, NATION, ANY);
        FundBookBatch two = preview(FundBookSheets.sheet()
                .entry(a.code(), "05/03/2024", OPERATING, "Hội phí", "50.000", "Hội phí tháng 3")
                .entry(a.code(), "05/03/2024", OPERATING, "Thu - Thành viên đóng góp", "50000", "Hội phí tháng 3"));
        assertThat(two.unchanged()).isEqualTo(1);
        assertThat(two.toAdd()).isEqualTo(1);
        imports.confirm(two.id(), ACTOR, NATION, ANY);
        assertThat(cash(a, Fund.Kind.OPERATING)).isEqualTo(100_000L);
    }

    @Test
    void refusesByRowColumnAndValueWhatTheMoneyRulesRefuse() {
        Club a = aClub("06001");
        imports.confirm(preview(FundBookSheets.sheet()
                .entry(a.code(), "10/02/2024", OPERATING, "Cộng đồng", "300.000", "")).id(), ACTOR, NATION, ANY);
        funds.closeMonth(a.id(), YearMonth.of(2024, 2), ACTOR, NATION);
        FundBookBatch batch = preview(FundBookSheets.sheet()
                .entry(a.code(), "20/02/2024", OPERATING, "Chi", "100.000", "Mua giấy")
                .entry(a.code(), "01/01/2099", OPERATING, "Hội phí", "10.000", "")
                .entry(a.code(), "05/03/2024", "Quỹ tương trợ", "Hội phí", "10.000", "")
                .entry(a.code(), "05/03/2024", OPERATING, "Chi", "300.001", "Mua loa")
                .entry(a.code(), "05/03/2024", OPERATING, "Chi", "100.000", "")
                .entry(a.code(), "06/03/2024", OPERATING, "Chi", "300.000", "Mua loa")
                .entry(a.code(), "06/03/2024", OPERATING, "Chi", "1", "Phí gửi thư"));
        assertThat(batch.toAdd()).isEqualTo(1);
        assertThat(batch.refused()).isEqualTo(6);
        assertThat(imports.problems(batch.id(), ACTOR, 100)).extracting(RowProblem::row, RowProblem::column,
                RowProblem::value, RowProblem::messageKey).containsExactly(
                tuple(2, "Ngày", "20/02/2024", "exchange.fundBook.closed"),
                tuple(3, "Ngày", "01/01/2099", "exchange.fundBook.future"),
                tuple(4, "Quỹ", "Quỹ tương trợ", "exchange.fundBook.fund"),
                tuple(5, "Số tiền (đồng)", "300.001", "exchange.fundBook.short"),
                tuple(6, "Nội dung", "", "exchange.fundBook.purpose"),
                tuple(8, "Số tiền (đồng)", "1", "exchange.fundBook.short"));
        RowProblem closed = imports.problems(batch.id(), ACTOR, 1).get(0);
        assertThat(closed.arguments()).containsExactly(a.name(), "29/02/2024", "20/02/2024");
        assertThat(imports.problems(batch.id(), ACTOR, 100).get(3).arguments())
                .containsExactly(OPERATING, "05/03/2024", "1");

        imports.confirm(batch.id(), ACTOR, NATION, ANY);
        assertThat(cash(a, Fund.Kind.OPERATING)).isZero();
        assertThatThrownBy(() -> imports.get(batch.id(), "someone-else")).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void importsOnlyClubsInTheScopeWhoseMoneyTheUserRecords() {
        Club mine = aClub("06001");
        Club far = aClub("26881");
        AreaScope board = AreaScope.club(mine.areaPaths().get(0), mine.id());
        FundBookSheets sheet = FundBookSheets.sheet()
                .entry(far.code(), "05/03/2024", OPERATING, "Hội phí", "10.000", "")
                .entry(mine.code(), "05/03/2024", OPERATING, "Hội phí", "10.000", "");
        FundBookBatch batch = preview(sheet, board, ANY);
        assertThat(batch.toAdd()).isEqualTo(1);
        assertThat(imports.problems(batch.id(), ACTOR, 10)).extracting(RowProblem::row, RowProblem::messageKey)
                .containsExactly(tuple(2, "exchange.fundBook.club"));
        assertThatThrownBy(() -> preview(sheet, board, id -> false)).isInstanceOf(OutOfScopeException.class);
        assertThat(imports.problems(preview(sheet, NATION, id -> id.equals(mine.id())).id(), ACTOR, 10))
                .extracting(RowProblem::row, RowProblem::messageKey)
                .containsExactly(tuple(2, "exchange.fundBook.notRecorder"));
        assertThatThrownBy(() -> imports.confirm(batch.id(), ACTOR, board, id -> false))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(cash(mine, Fund.Kind.OPERATING)).isZero();
    }

    @Test
    void aConfirmTheFundsRefuseSavesNothingAtAll() {
        Club a = aClub("06001");
        FundBookBatch batch = preview(FundBookSheets.sheet()
                .entry(a.code(), "05/03/2024", OPERATING, "Hội phí", "500.000", "")
                .entry(a.code(), "06/03/2024", OPERATING, "Chi", "400.000", "Mua loa"));
        assertThat(batch.toAdd()).isEqualTo(2);
        // Meanwhile March is closed: the preview's rows can no longer be recorded, and none is.
        funds.closeMonth(a.id(), YearMonth.of(2024, 3), ACTOR, NATION);
        assertThatThrownBy(() -> imports.confirm(batch.id(), ACTOR, NATION, ANY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.date.closedMonth"));
        assertThat(cash(a, Fund.Kind.OPERATING)).isZero();
        assertThat(imports.get(batch.id(), ACTOR).status()).isEqualTo(FundBookBatch.Status.PREVIEW);
    }

    @Test
    void theErrorCopyHasALoiColumnOnEachRefusedRow() throws Exception {
        Club a = aClub("06001");
        FundBookBatch batch = preview(FundBookSheets.sheet()
                .entry(a.code(), "05/03/2024", OPERATING, "Hội phí", "1,5", "")
                .entry(a.code(), "05/03/2024", OPERATING, "Hội phí", "15.000", ""));
        byte[] copy = imports.errorCopy(batch.id(), ACTOR, p -> p.messageKey() + " @ " + p.column());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int last = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(last))).isEqualTo("Lỗi");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(last)))
                    .isEqualTo("exchange.fundBook.amount @ Số tiền (đồng)");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(last))).isEmpty();
        }
    }
}
