package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.shared.InvalidInputException;

/** The fund book read as treasurers type it: every amount exactly as typed, or refused naming row, column and value. */
class FundBookReaderTest {

    static final String FUND = "Quỹ hoạt động";

    List<FundBookLine> read(FundBookSheets sheet) {
        return new FundBookReader(ImportLimits.DEFAULT).read(new ByteArrayInputStream(sheet.bytes()));
    }

    static FundBookSheets amounts(Object... amounts) {
        FundBookSheets sheet = FundBookSheets.sheet();
        for (Object a : amounts) {
            sheet.entry("CLB-01", "05/03/2026", FUND, "Thu - Thành viên đóng góp", a, "Hội phí tháng 3");
        }
        return sheet;
    }

    @Test
    void readsAmountsInEveryHabitOfThePagesExactly() {
        List<FundBookLine> lines = read(amounts("1.500.000", "1,500,000", "1500000", "1 500 000", "1.500.000 đ",
                1500000, "1.234.567", 999_999_999_999L));
        assertThat(lines).extracting(FundBookLine::amount).containsExactly(1_500_000L, 1_500_000L, 1_500_000L,
                1_500_000L, 1_500_000L, 1_500_000L, 1_234_567L, null);
        assertThat(lines.subList(0, 7)).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        assertThat(lines.get(7).problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("exchange.fundBook.amountRange"));
    }

    @Test
    void neverRoundsCutsOrGuessesAnAmount() {
        List<FundBookLine> lines = read(amounts("1,5", "1.5tr", "năm trăm", "-500.000", "0", 1500000.5, 1.5, "1.50.000",
                "1.500,000", "2,50"));
        assertThat(lines).extracting(FundBookLine::amount).containsOnlyNulls();
        assertThat(lines).extracting(l -> l.problems().get(0)).extracting(RowProblem::row, RowProblem::column,
                RowProblem::value, RowProblem::messageKey).containsExactly(
                tuple(2, "Số tiền (đồng)", "1,5", "exchange.fundBook.amount"),
                tuple(3, "Số tiền (đồng)", "1.5tr", "exchange.fundBook.amount"),
                tuple(4, "Số tiền (đồng)", "năm trăm", "exchange.fundBook.amount"),
                tuple(5, "Số tiền (đồng)", "-500.000", "exchange.fundBook.negative"),
                tuple(6, "Số tiền (đồng)", "0", "exchange.fundBook.amountRange"),
                tuple(7, "Số tiền (đồng)", "1500000.5", "exchange.fundBook.amount"),
                tuple(8, "Số tiền (đồng)", "1.5", "exchange.fundBook.amount"),
                tuple(9, "Số tiền (đồng)", "1.50.000", "exchange.fundBook.amount"),
                tuple(10, "Số tiền (đồng)", "1.500,000", "exchange.fundBook.amount"),
                tuple(11, "Số tiền (đồng)", "2,50", "exchange.fundBook.amount"));
        assertThat(lines).allSatisfy(l -> assertThat(l.problems()).hasSize(1));
    }

    @Test
    void readsDatesKindsAndNotesAndSkipsTheHintRowWhateverTheHeadersCase() {
        List<FundBookLine> lines = read(FundBookSheets.withHeaders("CLB", "NGÀY", "quy", "Loai", "so tien", "Ghi chú")
                .row("(Hướng dẫn) mỗi dòng một khoản", "", "", "", "", "")
                .row("CLB-01", LocalDate.of(2026, 3, 5), FUND, "Chi", "200.000", "Mua nước")
                .row("06379-001", "2026-03-06", "Quỹ phát triển sinh kế", "nhà nước", "5000000", "")
                .row("CLB-01", "7.3.2026", FUND, "Hội phí", "50000", ""));
        assertThat(lines).extracting(FundBookLine::row, FundBookLine::club, FundBookLine::date, FundBookLine::kind,
                FundBookLine::amount, FundBookLine::note).containsExactly(
                tuple(3, "CLB-01", LocalDate.of(2026, 3, 5), FundBookKind.EXPENSE, 200_000L, "Mua nước"),
                tuple(4, "06379-001", LocalDate.of(2026, 3, 6), FundBookKind.STATE, 5_000_000L, null),
                tuple(5, "CLB-01", LocalDate.of(2026, 3, 7), FundBookKind.MEMBERS, 50_000L, null));
        assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
    }

    @Test
    void refusesAnUnknownKindAMissingCellAndABadDateByRowColumnAndValue() {
        List<FundBookLine> lines = read(FundBookSheets.sheet()
                .entry("CLB-01", "31/02/2026", FUND, "Thu", "100000", "")
                .entry("", "01/03/2026", "", "Chi", "", "x"));
        assertThat(lines.get(0).problems()).extracting(RowProblem::column, RowProblem::value, RowProblem::messageKey)
                .containsExactly(tuple("Ngày", "31/02/2026", "exchange.cell.date"),
                        tuple("Loại khoản ghi", "Thu", "exchange.fundBook.kind"));
        assertThat(lines.get(1).problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(tuple(3, "Câu lạc bộ (mã)", "exchange.fundBook.required"),
                        tuple(3, "Quỹ", "exchange.fundBook.required"),
                        tuple(3, "Số tiền (đồng)", "exchange.fundBook.required"));
    }

    @Test
    void refusesASheetWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> read(FundBookSheets.withHeaders("Câu lạc bộ", "Ngày", "Số tiền").row("CLB-01",
                "01/03/2026", "1000")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exchange.header.missing");
                    assertThat(e.arguments()[0]).isEqualTo("Quỹ, Loại khoản ghi");
                });
    }
}
