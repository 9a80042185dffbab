package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ishc.shared.InvalidInputException;

class ClubSheetReaderTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    List<ClubSheetLine> read(ClubSheets sheet) {
        return new ClubSheetReader(ImportLimits.DEFAULT).read(new ByteArrayInputStream(sheet.bytes()));
    }

    @Test
    void readsEachRowAsAClubWithEveryDateHabitAndMeetingDayWording() {
        List<ClubSheetLine> lines = read(ClubSheets.sheet()
                .club("CLB-01", "CLB Liên thế hệ thôn Đông", "Thôn Đông", "12/QĐ-UBND", "05/03/2024", "", 21)
                .club("CLB-02", "CLB thôn Tây", "thon tay", "13/QĐ-UBND", DAY, DAY, "ngày 21")
                .club("CLB-03", "CLB 3", "Thôn 3", "14", "2024-03-05", "5.3.2024", "Ngày 21 hằng tháng")
                .club("CLB-04", "CLB 4", "Thôn 4", "15", "ngày 5 tháng 3 năm 2024", "05-03-2024", "21.0"));
        assertThat(lines).extracting(ClubSheetLine::decisionDate).containsOnly(DAY);
        assertThat(lines).extracting(ClubSheetLine::meetingDay).containsOnly(21);
        assertThat(lines).flatExtracting(ClubSheetLine::problems).isEmpty();
        ClubSheetLine first = lines.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.code()).isEqualTo("CLB-01");
        assertThat(first.name()).isEqualTo("CLB Liên thế hệ thôn Đông");
        assertThat(first.village()).isEqualTo("Thôn Đông");
        assertThat(first.decisionNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(first.foundedOn()).isNull();
        assertThat(lines.get(1).foundedOn()).isEqualTo(DAY);
        assertThat(lines.get(3).foundedOn()).isEqualTo(DAY);
    }

    @Test
    void findsColumnsBySynonymsWhateverTheirCaseAndMarksSkipsTheHintRowAndReadsTheBoard() {
        List<ClubSheetLine> lines = read(ClubSheets.withHeaders("MÃ CLB *", "Tên CLB *", "thôn", "Số QĐ", "ngay qd",
                        "Ngày sinh hoạt (1-31)", "Chủ nhiệm", "Phó chủ nhiệm", "Thủ quỹ")
                .row("(Hướng dẫn) mỗi dòng một câu lạc bộ", "", "", "", "", "", "", "", "")
                .row("CLB-01", "CLB 1", "Thôn 1", "12", "05/03/2024", "15", "Nguyễn Thị Lan", "An; Bình", ""));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.row()).isEqualTo(3);
            assertThat(l.meetingDay()).isEqualTo(15);
            assertThat(l.board()).isEqualTo(Map.of(ClubSheetColumn.CHAIR, List.of("Nguyễn Thị Lan"),
                    ClubSheetColumn.VICE_CHAIR, List.of("An", "Bình")));
        });
    }

    @Test
    void notesEachValueItCannotReadWithRowColumnAndValue() {
        List<ClubSheetLine> lines = read(ClubSheets.sheet()
                .club("", "CLB 1", "Thôn 1", "12", "31/02/2024", "hôm qua", 32));
        assertThat(lines.get(0).problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value,
                RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Mã câu lạc bộ", "", "exchange.clubs.required"),
                org.assertj.core.groups.Tuple.tuple(2, "Ngày quyết định", "31/02/2024", "exchange.cell.date"),
                org.assertj.core.groups.Tuple.tuple(2, "Ngày thành lập", "hôm qua", "exchange.cell.date"),
                org.assertj.core.groups.Tuple.tuple(2, "Ngày sinh hoạt hằng tháng", "32", "exchange.clubs.meetingDay"));
    }

    @Test
    void refusesASheetWithoutTheRequiredColumnsNamingThem() {
        assertThatThrownBy(() -> read(ClubSheets.withHeaders("Tên CLB", "Thôn").row("CLB 1", "Thôn 1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exchange.header.missing");
                    assertThat(String.valueOf(e.arguments()[0])).contains("Mã câu lạc bộ", "Số quyết định thành lập");
                });
    }
}
