package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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

@SpringBootTest
class MembersTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2022, 3, 1);

    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.ishc.clubs.Boards boards;

    Club aClub() {
        return ClubFixtures.aClub(clubs, villages, units, "06001", FOUNDED);
    }

    static PersonDetails details(String name, String sex, String birth, String household) {
        return new PersonDetails(name, sex, birth, "Tày", household, null, null, null, false, false, null, null, null);
    }

    @Test
    void understandsBirthsAsPeopleWriteThemAndRefusesImpossibleOnes() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(Birth.parse("31/12/1950", today)).isEqualTo(Birth.of(LocalDate.of(1950, 12, 31)));
        assertThat(Birth.parse("1950", today)).isEqualTo(new Birth(null, 1950));
        assertThat(Birth.parse("12/1950", today)).isEqualTo(new Birth(null, 1950));
        assertThat(Birth.parse("1950-12-31", today).date()).isEqualTo(LocalDate.of(1950, 12, 31));
        assertThatThrownBy(() -> Birth.parse("31/02/1950", today))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "members.birth.invalid");
        assertThatThrownBy(() -> Birth.parse("13/1950", today)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Birth.parse("2030", today)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theStandardCheckCountsMembersWomenAgesAndHouseholdsOnADate() {
        Club club = aClub();
        // 50 members: 33 women (66 %), 32 aged 60 or over (64 %), 10 poor or near-poor.
        for (int i = 0; i < 50; i++) {
            String sex = i < 33 ? "Nữ" : "Nam";
            String birth = i < 32 ? "1950" : "1975";
            String household = i < 6 ? "Nghèo" : i < 10 ? "Cận nghèo" : "Khác";
            members.enrol(null, details("Người " + i, sex, birth, household), club.id(), FOUNDED, "t", NATION);
        }
        StandardCheck check = members.standard(club.id(), LocalDate.of(2026, 1, 1), NATION);

        assertThat(check.figures()).extracting(StandardCheck.Figure::key, StandardCheck.Figure::numerator,
                        StandardCheck.Figure::denominator, StandardCheck.Figure::meets)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("size", 50L, 50L, true),
                        org.assertj.core.groups.Tuple.tuple("women", 33L, 50L, true),
                        org.assertj.core.groups.Tuple.tuple("aged60", 32L, 50L, true),
                        org.assertj.core.groups.Tuple.tuple("aged55", 32L, 50L, null),
                        org.assertj.core.groups.Tuple.tuple("poorOrNearPoor", 10L, 50L, null));
        assertThat(check.meetsAll()).isTrue();
        assertThat(members.standard(club.id(), FOUNDED.minusDays(1), NATION).figures().get(0).numerator()).isZero();

        var someone = members.membersOf(club.id(), LocalDate.of(2026, 1, 1), NATION).get(0);
        members.leave(someone.membershipId(), LocalDate.of(2026, 2, 1), LeavingReason.MOVED, "t", NATION);
        assertThat(members.standard(club.id(), LocalDate.of(2026, 3, 1), NATION).figures().get(0).meets()).isFalse();
    }

    @Test
    void aTransferKeepsThePersonAndTheirHistory() {
        Club from = aClub();
        Club to = aClub();
        MemberRow row = members.enrol(null, details("Hoàng Thị Mai", "F", "05/06/1948", "Khác"), from.id(), FOUNDED, "t", NATION);

        MemberRow moved = members.transfer(row.membershipId(), to.id(), LocalDate.of(2025, 1, 1), "t", NATION);

        assertThat(moved.person().id()).isEqualTo(row.person().id());
        assertThat(members.person(row.person().id(), NATION).memberships()).hasSize(2)
                .extracting(e -> e.membership().leftReason()).containsExactly("TRANSFERRED", null);
        assertThat(members.membersOf(from.id(), LocalDate.of(2025, 6, 1), NATION)).isEmpty();
        assertThat(members.membersOf(to.id(), LocalDate.of(2025, 6, 1), NATION)).hasSize(1);
    }

    @Test
    void refusesATakenOrMalformedCitizenIdAndAnUnknownEthnicityAndSavesNothing() {
        Club club = aClub();
        PersonDetails withId = new PersonDetails("Lò Văn Pằn", "Nam", "1955", "Thái", "Nghèo", 2024, null, null,
                false, true, "0912 345 678", "001055012345", null);
        members.enrol(null, withId, club.id(), FOUNDED, "t", NATION);
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();

        assertThatThrownBy(() -> members.enrol(null, withId, club.id(), FOUNDED, "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "citizenId");
        PersonDetails shortId = new PersonDetails("A", "Nam", "1955", "Thái", "Khác", null, null, null, false, false,
                null, "12345", null);
        assertThatThrownBy(() -> members.enrol(null, shortId, club.id(), FOUNDED, "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "members.citizenId.invalid");
        assertThatThrownBy(() -> members.enrol(null, details("B", "Nam", "1955", "Khác").withEthnicity("Mông Cổ"),
                club.id(), FOUNDED, "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "ethnicity");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theSameNameAndBirthYearInTheCommuneIsALikelyDuplicateAndARetryAddsNobody() {
        Club club = aClub();
        UUID id = UUID.randomUUID();
        MemberRow first = members.enrol(id, details("Nông Văn Dũng", "Nam", "1952", "Khác"), club.id(), FOUNDED, "t", NATION);
        members.enrol(id, details("Nông Văn Dũng", "Nam", "1952", "Khác"), club.id(), FOUNDED, "t", NATION);
        MemberRow second = members.enrol(null, details("nong van dung", "Nam", "12/1952", "Khác"), aClub().id(), FOUNDED, "t", NATION);

        assertThat(members.membersOf(club.id(), LocalDate.of(2026, 1, 1), NATION)).hasSize(1);
        assertThat(members.likelyDuplicates(first.person().id(), NATION)).extracting(Person::id)
                .containsExactly(second.person().id());
    }

    @Test
    void aLikelyDuplicateIsMergedWithItsBoardSeatOrConfirmedDistinct() {
        Club first = aClub();
        Club second = aClub();
        MemberRow a = members.enrol(null, details("Triệu Thị Lan", "Nữ", "1949", "Khác"), first.id(), FOUNDED, "t", NATION);
        MemberRow b = members.enrol(null, details("Triệu Thị Lan", "Nữ", "1949", "Khác"), second.id(), FOUNDED, "t", NATION);
        MemberRow c = members.enrol(null, details("Triệu Thị Lan", "Nữ", "1949", "Khác"), second.id(), FOUNDED.plusDays(1), "t", NATION);
        boards.appoint(second.id(), b.person().id(), vn.ishc.clubs.BoardRole.CHAIR, java.util.List.of(), FOUNDED, "t", NATION);

        assertThatThrownBy(() -> members.merge(b.person().id(), c.person().id(), "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "members.merge.overlap");
        members.confirmDistinct(b.person().id(), c.person().id(), "t", NATION);
        assertThat(members.likelyDuplicates(b.person().id(), NATION)).extracting(Person::id)
                .containsExactly(a.person().id());

        members.merge(a.person().id(), b.person().id(), "t", NATION);

        assertThat(members.person(a.person().id(), NATION).memberships()).hasSize(2);
        assertThat(boards.boardOn(second.id(), LocalDate.of(2026, 1, 1), NATION)).singleElement()
                .satisfies(seat -> assertThat(seat.personId()).isEqualTo(a.person().id()));
        assertThat(jdbc.sql("select count(*) from person where id = :id").param("id", b.person().id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPersonIsNotConfirmedDistinctFromThemselves() {
        MemberRow a = members.enrol(null, details("Hoàng Văn Tư", "Nam", "1948", "Khác"), aClub().id(), FOUNDED, "t", NATION);

        assertThatThrownBy(() -> members.confirmDistinct(a.person().id(), a.person().id(), "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "members.distinct.same");
    }

    @Test
    void aPersonsDetailsAreCorrectedAtTheVersionReadAndTheChangeIsAuditedWithBeforeAndAfter() {
        MemberRow row = members.enrol(null, details("Lành Thị Sen", "Nữ", "1950", "Khác"), aClub().id(), FOUNDED, "t", NATION);
        Person read = members.person(row.person().id(), NATION).person();

        Person corrected = members.updateDetails(read.id(), details("Lành Thị Sen", "Nữ", "12/03/1951", "Nghèo")
                .withEthnicity("Nùng"), read.version(), "can-bo-xa", NATION);

        assertThat(corrected.birthDate()).isEqualTo(LocalDate.of(1951, 3, 12));
        assertThat(corrected.ethnicity()).isEqualTo("07");
        String detail = jdbc.sql("select detail::text from audit_event where target = :t and action = 'person.changed' "
                + "and actor = 'can-bo-xa'").param("t", "person:" + read.id()).query(String.class).single();
        assertThat(detail).contains("\"birthYear\"").contains("1950").contains("1951").contains("POOR");
        // A second edit made from the same, now stale, reading is refused instead of overwriting the first.
        assertThatThrownBy(() -> members.updateDetails(read.id(), details("Lành Thị Sen", "Nữ", "1949", "Khác"),
                read.version(), "khac", NATION)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "members.person.changedMeanwhile");
        assertThat(members.person(read.id(), NATION).person().birthYear()).isEqualTo(1951);
        assertThatThrownBy(() -> members.updateDetails(read.id(), details("Lành Thị Sen", "Nữ", "31/02/1951", "Khác"),
                corrected.version(), "t", NATION)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "birth");
    }

    @Test
    void aClubsDetailsAreCorrectedButItsFoundingDateCannotPassItsRecords() {
        Club club = aClub();
        members.enrol(null, details("Vi Văn Toàn", "Nam", "1955", "Khác"), club.id(), FOUNDED.plusDays(10), "t", NATION);

        Club corrected = clubs.correct(club.id(), new vn.ishc.clubs.ClubDetails(club.code(), "CLB Liên thế hệ Khòn Pát",
                "25/QĐ-UBND", FOUNDED.minusDays(20), null, FOUNDED.minusDays(1), "W2-SUNDAY"), club.version(), "t", NATION);

        assertThat(corrected.name()).isEqualTo("CLB Liên thế hệ Khòn Pát");
        assertThat(corrected.meetingDay().code()).isEqualTo("W2-SUNDAY");
        assertThat(corrected.decisionIssuer()).isEqualTo(club.decisionIssuer());
        assertThat(clubs.get(club.id(), NATION).statusSince())
                .isEqualTo(FOUNDED.minusDays(1));
        assertThat(clubs.list(new vn.ishc.clubs.ClubFilter(null, null, null, "khon pat", null), NATION, 10))
                .extracting(Club::id).contains(club.id());
        assertThatThrownBy(() -> clubs.correct(club.id(), vn.ishc.clubs.ClubDetails.of(corrected), club.version(), "t",
                NATION)).hasFieldOrPropertyWithValue("messageKey", "clubs.changedMeanwhile");
        assertThatThrownBy(() -> clubs.correct(club.id(), new vn.ishc.clubs.ClubDetails(club.code(), corrected.name(),
                "25/QĐ-UBND", FOUNDED.minusDays(20), null, FOUNDED.plusDays(11), "D21"), corrected.version(), "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "foundedOn")
                .hasFieldOrPropertyWithValue("messageKey", "clubs.foundedAfterRecords");
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = 'club.corrected'")
                .param("t", "club:" + club.id()).query(Integer.class).single()).isEqualTo(1);
    }
}
