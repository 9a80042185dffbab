package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.shared.InvalidInputException;

class MeetingBookReaderTest {

    static final UUID LAN = UUID.fromString("11111111-1111-1111-1111-111111111111");

    List<MeetingBookLine> read(MeetingBookSheets sheet) {
        return new MeetingBookReader(ImportLimits.DEFAULT).read(new ByteArrayInputStream(sheet.bytes()));
    }

    @Test
    void readsEachRowAsAMemberAtAMeetingWithEveryDateHabit() {
        List<MeetingBookLine> lines = read(MeetingBookSheets.sheet()
                .member("CLB-01", "05/03/2026", LAN, "Có", 130, 85, 72, "52,5")
                .member("06379-001", LocalDate.of(2026, 3, 5), LAN, "Không", "", "", "", "")
                .member("CLB-01", "2026-03-05", LAN, "có", 120.0, 80, "", 48)
                .member("CLB-01", "5.3.2026", LAN, "x", "", "", "", ""));
        assertThat(lines).extracting(MeetingBookLine::heldOn).containsOnly(LocalDate.of(2026, 3, 5));
        MeetingBookLine first = lines.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.club()).isEqualTo("CLB-01");
        assertThat(first.memberId()).isEqualTo(LAN);
        assertThat(first.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(first.systolic()).isEqualTo(130);
        assertThat(first.diastolic()).isEqualTo(85);
        assertThat(first.pulse()).isEqualTo(72);
        assertThat(first.weightKg()).isEqualTo(new BigDecimal("52.5"));
        assertThat(first.problems()).isEmpty();
        assertThat(lines.get(1).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(lines.get(1).club()).isEqualTo("06379-001");
        assertThat(lines.get(2).systolic()).isEqualTo(120);
        assertThat(lines.get(2).weightKg()).isEqualTo(new BigDecimal("48"));
        assertThat(lines.get(3).status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void findsColumnsWhateverTheirCaseAndDiacriticsAndSkipsTheHintRow() {
        List<MeetingBookLine> lines = read(MeetingBookSheets.withHeaders("CAU LAC BO", "ngày sinh hoạt", "MÃ THÀNH VIÊN",
                        "co mat", "Tâm thu", "tâm trương", "MẠCH", "can nang")
                .row("(Hướng dẫn) ghi mã câu lạc bộ", "", "", "", "", "", "", "")
                .row("CLB-02", "", UUID.randomUUID().toString(), "", "", "", "", "")
                .row("CLB-01", "05/03/2026", LAN.toString(), "Có", 130, 85, 72, 52));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).row()).isEqualTo(4);
        assertThat(lines.get(0).systolic()).isEqualTo(130);
        assertThat(lines.get(0).weightKg()).isEqualTo(new BigDecimal("52"));
    }

    @Test
    void notesEachValueItCannotReadByRowColumnAndValue() {
        List<MeetingBookLine> lines = read(MeetingBookSheets.sheet()
                .member("CLB-01", "31/02/2026", "abc", "Có lẽ", "cao", 85, 72, "nặng"));
        assertThat(lines.get(0).problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Ngày sinh hoạt", "31/02/2026"),
                        org.assertj.core.groups.Tuple.tuple(2, "Mã thành viên (không sửa)", "abc"),
                        org.assertj.core.groups.Tuple.tuple(2, "Có mặt", "Có lẽ"),
                        org.assertj.core.groups.Tuple.tuple(2, "Huyết áp tâm thu", "cao"),
                        org.assertj.core.groups.Tuple.tuple(2, "Cân nặng (kg)", "nặng"));
    }

    @Test
    void refusesASheetWithoutARequiredColumnNamingIt() {
        assertThatThrownBy(() -> read(MeetingBookSheets.withHeaders("Câu lạc bộ", "Mã thành viên", "Có mặt")
                .row("CLB-01", LAN.toString(), "Có")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("exchange.header.missing"))
                .satisfies(e -> assertThat(((InvalidInputException) e).arguments()[0]).isEqualTo("Ngày sinh hoạt"));
    }
}
