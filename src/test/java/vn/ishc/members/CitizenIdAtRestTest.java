package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/**
 * A citizen ID is kept in the database sealed, under a key the database does not hold, and found by its
 * blind index: no column of a person's row holds the number, and a number stored before that is sealed
 * on the next start.
 */
@SpringBootTest
class CitizenIdAtRestTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 1);

    @Autowired
    Members members;
    @Autowired
    MemberLists lists;
    @Autowired
    Anonymisation anonymisation;
    @Autowired
    CitizenIdSealing sealing;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    Club aClub() {
        return ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
    }

    static String freshNumber() {
        return "0010530" + String.format("%05d", (int) (Math.random() * 100_000));
    }

    static PersonDetails withNumber(String name, String number) {
        return new PersonDetails(name, "Nữ", "1954", "Kinh", "Khác", null, null, null, false, false, null, number, null);
    }

    String row(UUID person) {
        return jdbc.sql("select to_jsonb(p)::text from person p where id = :id").param("id", person)
                .query(String.class).single();
    }

    @Test
    void theRowOfAnEnrolledMemberHoldsNoReadableNumberAndTheBlindIndexFindsThem() {
        String number = freshNumber();
        UUID person = members.enrol(null, withNumber("Hà Thị Mơ", number), aClub().id(), FOUNDED, "t", NATION)
                .person().id();

        assertThat(row(person)).doesNotContain(number).doesNotContain(number.substring(5));
        assertThat(jdbc.sql("select citizen_id is null and citizen_id_sealed like 'v1:%' and citizen_id_index is not null"
                + " from person where id = :id").param("id", person).query(Boolean.class).single()).isTrue();
        assertThat(members.person(person, NATION).person().citizenId()).isEqualTo(number);
        assertThat(lists.citizenIdsInUse(List.of(number, freshNumber() + "9"))).containsExactly(number);
    }

    @Test
    void aNumberTakenIsRefusedEvenTypedWithSpaces() {
        String number = freshNumber();
        Club club = aClub();
        members.enrol(null, withNumber("Hà Thị Mơ", number), club.id(), FOUNDED, "t", NATION);
        String spaced = number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);

        assertThatThrownBy(() -> members.enrol(null, withNumber("Hà Thị Mơ Hai", spaced), club.id(), FOUNDED, "t", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "members.citizenId.taken");
    }

    @Test
    void anonymisingClearsTheSealedNumberAndItsIndex() {
        String number = freshNumber();
        UUID person = members.enrol(null, withNumber("Đỗ Thị Nga", number), aClub().id(), FOUNDED, "t", NATION)
                .person().id();

        anonymisation.anonymise(person, "Gia đình yêu cầu", "t", NATION);

        assertThat(jdbc.sql("select citizen_id_sealed is null and citizen_id_index is null from person where id = :id")
                .param("id", person).query(Boolean.class).single()).isTrue();
        assertThat(lists.citizenIdsInUse(List.of(number))).isEmpty();
    }

    @Test
    void aNumberStoredReadableBeforeIsSealedAndNoReadableNumberRemains() {
        String number = freshNumber();
        UUID person = members.enrol(null, withNumber("Vi Thị Hoa", null), aClub().id(), FOUNDED, "t", NATION)
                .person().id();
        jdbc.sql("update person set citizen_id = :n where id = :id").param("n", number).param("id", person).update();

        sealing.sealReadableNumbers();
        sealing.sealReadableNumbers();

        assertThat(row(person)).doesNotContain(number).doesNotContain(number.substring(5));
        assertThat(members.person(person, NATION).person().citizenId()).isEqualTo(number);
        assertThat(lists.citizenIdsInUse(List.of(number))).containsExactly(number);
        assertThat(jdbc.sql("select count(*) from person where citizen_id is not null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from person where citizen_id_sealed is not null and citizen_id_sealed not like 'v1:%'")
                .query(Long.class).single()).isZero();
    }
}
