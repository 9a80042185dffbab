package vn.ishc.clubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;

@SpringBootTest
class ClubNationalIdTest {

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void isTheFoundingCommunesCodeAndASequenceRunningOverThatCodeOnBothMaps() {
        // 04891 is Vầy Nưa before the reform and Tiền Phong after: their clubs still get distinct identifiers.
        Club old = ClubFixtures.aClub(clubs, villages, units, "04891", LocalDate.of(2023, 5, 1));
        Club today = ClubFixtures.aClub(clubs, villages, units, "04891", LocalDate.of(2025, 9, 1));

        assertThat(old.nationalId()).matches("04891-\\d{3,}");
        assertThat(today.nationalId()).matches("04891-\\d{3,}").isNotEqualTo(old.nationalId());
        assertThat(sequence(today)).isEqualTo(sequence(old) + 1);
        assertThat(Clubs.nationalId("04891", 7)).isEqualTo("04891-007");
        assertThat(Clubs.nationalId("04891", 1234)).isEqualTo("04891-1234");
    }

    @Test
    void neverChangesWhenTheVillageMovesOrTheClubIsCorrected() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "04891", LocalDate.of(2023, 6, 1));
        villages.place(club.villageId(), GeographyFixtures.communeToday(units, "04828").id(), "test", AreaScope.nation());
        Club corrected = clubs.correct(club.id(), new ClubDetails("NEW-" + club.code().substring(4), "Tên mới",
                club.decisionNumber(), club.decisionDate(), club.decisionIssuer(), club.foundedOn(),
                club.meetingDay().code()), club.version(), "test", AreaScope.nation());

        assertThat(corrected.nationalId()).isEqualTo(club.nationalId());
        assertThatThrownBy(() -> jdbc.sql("update club set national_id = 'X-001' where id = :id")
                .param("id", club.id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void isUniqueInTheDatabase() {
        Club a = ClubFixtures.aClub(clubs, villages, units, "06355", LocalDate.of(2024, 1, 10));
        assertThatThrownBy(() -> jdbc.sql("insert into club (id, village_id, commune_id, founded_path, area_paths, code, "
                        + "national_id, name, name_key, decision_number, decision_date, decision_issuer, founded_on, "
                        + "meeting_day, created_by, updated_by) select gen_random_uuid(), village_id, commune_id, founded_path, "
                        + "area_paths, 'OTHER-CODE', national_id, name, name_key, decision_number, decision_date, decision_issuer, "
                        + "founded_on, meeting_day, created_by, updated_by from club where id = :id")
                .param("id", a.id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void everyClubHasOneStartingWithTheCodeOfItsFoundingCommune() {
        ClubFixtures.aClub(clubs, villages, units, "06364", LocalDate.of(2025, 8, 1));
        assertThat(jdbc.sql("select count(*) from club where national_id is null "
                + "or national_id not like substring(founded_path from '[^.]+$') || '-%'").query(Long.class).single())
                .isZero();
    }

    private static int sequence(Club club) {
        return Integer.parseInt(club.nationalId().substring(club.nationalId().indexOf('-') + 1));
    }
}
