package vn.ishc.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The member form printed (a binding error logged, say) shows the citizen ID typed masked, never whole. */
class PrintedMemberFormTest {

    @Test
    void theFormPrintsTheCitizenIdMasked() {
        MemberForm form = new MemberForm(UUID.randomUUID(), "Trần Văn Minh", "M", "1948", "01", "OTHER", null, null, null,
                false, false, null, "001052012345", LocalDate.of(2024, 3, 1), 0);

        assertThat(form.toString()).startsWith("MemberForm[").contains("fullName=Trần Văn Minh")
                .contains("citizenId=001****2345").doesNotContain("001052012345");
    }
}
