package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sheet's row printed (in a log line, an exception's message) shows its citizen ID masked, cell and value. */
class PrintedSheetLineTest {

    @Test
    void aRowOfASheetPrintsItsCitizenIdMasked() {
        SheetLine line = new SheetLine(7, Map.of(MemberColumn.FULL_NAME, "Lê Văn Minh", MemberColumn.CITIZEN_ID,
                "001 052 012 345"), Map.of(), "Lê Văn Minh", "Ông", "1948", "Kinh", "Khác", null, null, null, false,
                false, null, "001052012345", LocalDate.of(2024, 3, 1), null, List.of(new RowProblem(7, MemberColumn.CITIZEN_ID.header(),
                "001052012345", "members.citizenId.taken", List.of("001052012345"))));

        assertThat(line.toString()).startsWith("SheetLine[row=7").contains("Lê Văn Minh").contains("001****2345")
                .contains("members.citizenId.taken").doesNotContain("001052012345").doesNotContain("001 052 012 345");
    }
}
