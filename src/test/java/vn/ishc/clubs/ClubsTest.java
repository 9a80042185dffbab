package vn.ishc.clubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

@SpringBootTest
class ClubsTest {

    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    @Test
    void aClubFoundedOnTheOldMapBelongsToItsCommuneOnTodaysMapAndIsFoundOnBothMaps() {
        // Xã Hòa Bình (old Hòa Bình province) is now part of Phường Tân Hoà, Phú Thọ.
        Club club = ClubFixtures.aClub(clubs, villages, units, "04825", LocalDate.of(2022, 3, 15));

        assertThat(club.status()).isEqualTo(ClubStatus.ACTIVE);
        assertThat(club.areaPaths()).containsExactly("25.04792");
        long oldProvince = GeographyFixtures.province(units, "17", GeographyFixtures.BEFORE_REFORM).id();
        long newProvince = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        assertThat(clubs.list(new ClubFilter(oldProvince, null, null, null, null), AreaScope.nation(), 1000))
                .extracting(Club::id).contains(club.id());
        assertThat(clubs.list(new ClubFilter(newProvince, null, null, null, null), AreaScope.province("25"), 1000))
                .extracting(Club::id).contains(club.id());
        assertThat(clubs.list(ClubFilter.all(), AreaScope.province("20"), 1000)).extracting(Club::id).doesNotContain(club.id());
        assertThatThrownBy(() -> clubs.get(club.id(), AreaScope.province("20"))).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aClubInAVillageOfASplitCommuneFollowsTheVillageWhenItIsPlaced() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "04891", LocalDate.of(2023, 5, 1));
        assertThat(club.areaPaths()).containsExactlyInAnyOrder("25.04828", "25.04891");

        villages.place(club.villageId(), GeographyFixtures.communeToday(units, "04828").id(), "test", AreaScope.nation());

        assertThat(clubs.get(club.id(), AreaScope.nation()).areaPaths()).containsExactly("25.04828");
        assertThatThrownBy(() -> clubs.get(club.id(), AreaScope.commune("25", "04891")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void refusesADuplicateCodeInTheCommuneAFutureDateAndAFoundingBeforeTheDecision() {
        Club first = ClubFixtures.aClub(clubs, villages, units, "05977", LocalDate.of(2025, 9, 1));
        NewClub again = new NewClub(null, first.villageId(), first.code().toLowerCase(), "Khác", "1/QĐ",
                LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 9, 1), "D5");
        assertThatThrownBy(() -> clubs.register(again, "t", AreaScope.nation()))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "code");
        NewClub early = new NewClub(null, first.villageId(), "X1", "Khác", "1/QĐ",
                LocalDate.of(2025, 9, 10), null, LocalDate.of(2025, 9, 1), "D5");
        assertThatThrownBy(() -> clubs.register(early, "t", AreaScope.nation()))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "foundedOn");
        NewClub future = new NewClub(null, first.villageId(), "X2", "Khác", "1/QĐ",
                LocalDate.of(2099, 1, 1), null, LocalDate.of(2099, 1, 1), "D5");
        assertThatThrownBy(() -> clubs.register(future, "t", AreaScope.nation()))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "decisionDate");
    }

    @Test
    void refusesACodeAnotherClubHasInItsCommuneOnTodaysMap() {
        // Xã Vũ Sơn (06355) went into Xã Vũ Lễ (06364) in 2025: a club founded in each is in Vũ Lễ today.
        Club older = ClubFixtures.aClub(clubs, villages, units, "06355", LocalDate.of(2024, 1, 10));
        Club newer = ClubFixtures.aClub(clubs, villages, units, "06364", LocalDate.of(2025, 8, 1));
        String code = older.code().toLowerCase();
        NewClub same = new NewClub(null, newer.villageId(), code, "CLB Liên thế hệ Khác", "1/QĐ", LocalDate.of(2025, 9, 1),
                null, LocalDate.of(2025, 9, 1), "D5");
        assertThatThrownBy(() -> clubs.register(same, "t", AreaScope.nation()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.arguments()).containsExactly(code, "Xã Vũ Lễ");
                });
        assertThatThrownBy(() -> clubs.correct(newer.id(), new ClubDetails(older.code(), newer.name(),
                newer.decisionNumber(), newer.decisionDate(), newer.decisionIssuer(), newer.foundedOn(),
                newer.meetingDay().code()), newer.version(), "t", AreaScope.nation()))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "code");
        assertThat(clubs.get(newer.id(), AreaScope.nation()).code()).as("nothing saved").isEqualTo(newer.code());
        // The club may keep its own code when something else is corrected, and another commune may use the code.
        Club renamed = clubs.correct(older.id(), new ClubDetails(older.code(), "CLB Liên thế hệ Vũ Sơn", older.decisionNumber(),
                older.decisionDate(), older.decisionIssuer(), older.foundedOn(), older.meetingDay().code()), older.version(),
                "t", AreaScope.nation());
        assertThat(renamed.name()).isEqualTo("CLB Liên thế hệ Vũ Sơn");
        Club elsewhere = ClubFixtures.aClub(clubs, villages, units, "06349", LocalDate.of(2025, 9, 1));
        assertThat(clubs.register(new NewClub(null, elsewhere.villageId(), older.code(), "CLB Liên thế hệ Hưng Vũ", "2/QĐ",
                LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 9, 1), "D5"), "t", AreaScope.nation()).code())
                .isEqualTo(older.code());
    }

    @Test
    void statusChangesAreKeptWithTheirDates() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "05983", LocalDate.of(2024, 1, 10));
        clubs.changeStatus(club.id(), ClubStatus.SUSPENDED, LocalDate.of(2025, 2, 1), "Chủ nhiệm chuyển đi", "t", AreaScope.nation());

        assertThat(clubs.get(club.id(), AreaScope.nation()).status()).isEqualTo(ClubStatus.SUSPENDED);
        assertThat(clubs.list(new ClubFilter(null, ClubStatus.ACTIVE, null, null, LocalDate.of(2024, 12, 31)),
                AreaScope.nation(), 5000)).extracting(Club::id).contains(club.id());
        assertThat(clubs.list(new ClubFilter(null, ClubStatus.ACTIVE, null, null, null), AreaScope.nation(), 5000))
                .extracting(Club::id).doesNotContain(club.id());
    }

    @Test
    void aNameSearchFindsTheClubWhateverTheSpacesAndTakesPercentAndUnderscoreAsThemselves() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "05983", LocalDate.of(2024, 1, 10));
        assertThat(clubs.list(new ClubFilter(null, null, null, club.name().replace(' ', '\u00A0'), null),
                AreaScope.nation(), 5000)).extracting(Club::id).contains(club.id());
        assertThat(clubs.list(new ClubFilter(null, null, null, "%", null), AreaScope.nation(), 5000)).isEmpty();
        assertThat(clubs.list(new ClubFilter(null, null, null, "_", null), AreaScope.nation(), 5000)).isEmpty();
    }

    @Test
    void theMeetingDayGivesTheNextMeetingDate() {
        assertThat(MeetingDay.parse("D21").nextOnOrAfter(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(MeetingDay.parse("D31").in(2026, 6)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(MeetingDay.ofWeekday(2, DayOfWeek.SUNDAY).in(2026, 11)).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(MeetingDay.parse("W5-FRIDAY").in(2026, 11)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> MeetingDay.parse("D32")).isInstanceOf(InvalidInputException.class);
    }
}
