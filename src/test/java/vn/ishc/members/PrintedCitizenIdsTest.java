package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person printed (in a log line, an exception's message) shows their citizen ID masked, never whole. */
class PrintedCitizenIdsTest {

    static final String NUMBER = "001052012345";

    @Test
    void aPersonAndTheirDetailsPrintTheCitizenIdMasked() {
        Person person = new Person(UUID.randomUUID(), "Nguyễn Thị Lan", Person.Sex.F, LocalDate.of(1950, 12, 31), 1950,
                "01", Household.POOR, 2024, null, null, false, true, "0912345678", NUMBER, UUID.randomUUID(), 6001L, 3);
        PersonDetails details = new PersonDetails("Nguyễn Thị Lan", "Bà", "31/12/1950", "Kinh", "Nghèo", 2024, null, null,
                false, true, "0912345678", NUMBER, null);

        assertThat(person.toString()).startsWith("Person[").contains("fullName=Nguyễn Thị Lan")
                .contains("citizenId=001****2345").contains("version=3").doesNotContain(NUMBER);
        assertThat(details.toString()).startsWith("PersonDetails[").contains("birth=31/12/1950")
                .contains("citizenId=001****2345").doesNotContain(NUMBER);
        assertThat(details.withCitizenId(null).toString()).contains("citizenId=null");
    }
}
