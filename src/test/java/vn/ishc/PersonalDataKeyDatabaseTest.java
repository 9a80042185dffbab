package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** The embedded database is seen to hold sealed citizen IDs, so that losing their key file refuses a start. */
@SpringBootTest
class PersonalDataKeyDatabaseTest {

    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    @Test
    void aDatabaseWithASealedCitizenIdIsSeenToHoldOne() {
        LocalDate founded = LocalDate.of(2024, 1, 1);
        members.enrol(null, new PersonDetails("Hoàng Thị Sen", "Nữ", "1953", "Tày", "Khác", null, null, null, false,
                false, null, "0010530" + String.format("%05d", (int) (Math.random() * 100_000)), null),
                ClubFixtures.aClub(clubs, villages, units, "06001", founded).id(), founded, "t", AreaScope.nation());

        assertThat(PersonalDataKeyConfiguration.holdsSealedNumbers(pg)).isTrue();
    }
}
