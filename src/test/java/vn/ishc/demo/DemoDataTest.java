package vn.ishc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.StandardCheck;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** The demo data as a person exploring the system meets it, on a fresh embedded database. */
@SpringBootTest(properties = "ishc.demo.enabled=true")
class DemoDataTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    DemoData demo;
    @Autowired
    Clubs clubs;
    @Autowired
    Members members;
    @Autowired
    AdminUnits units;
    @Autowired
    Villages villages;
    @Autowired
    JdbcClient jdbc;

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    @Test
    void langSonHas46ClubsIn44CommunesOfTheOldMapFounded2021To2024WithAbout2400Members() {
        AdminUnit oldLangSon = units.at(AdminUnit.Level.PROVINCE, "20", LocalDate.of(2024, 1, 1), NATION);
        List<Club> langSon = clubs.list(new ClubFilter(oldLangSon.id(), null, null, null, null), NATION, 1000);

        assertThat(langSon).hasSize(46);
        assertThat(langSon.stream().map(Club::communeId).distinct().count()).isEqualTo(44);
        assertThat(langSon).allSatisfy(c -> assertThat(c.foundedOn().getYear()).isBetween(2021, 2024));
        long current = langSon.stream().mapToLong(c -> members.membersOf(c.id(), today(), NATION).size()).sum();
        assertThat(current).isBetween(2_300L, 2_500L);

        AdminUnit todayLangSon = units.at(AdminUnit.Level.PROVINCE, "20", today(), NATION);
        assertThat(clubs.list(new ClubFilter(todayLangSon.id(), null, null, null, null), NATION, 1000)).hasSize(46);
        assertThat(langSon).filteredOn(c -> c.status() == ClubStatus.SUSPENDED).hasSize(1);
    }

    @Test
    void clubsElsewhereIncludeOneInACommuneSplitIn2025AndOneFoundedAfterTheReform() {
        List<Club> all = clubs.list(ClubFilter.all(), NATION, 1000);
        assertThat(all).hasSize(51);

        AdminUnit vayNua = units.at(AdminUnit.Level.COMMUNE, "04891", LocalDate.of(2024, 1, 1), NATION);
        Club split = all.stream().filter(c -> c.communeId() == vayNua.id()).findFirst().orElseThrow();
        assertThat(villages.get(split.villageId(), NATION).awaitingPlacement()).isTrue();

        assertThat(all).filteredOn(c -> c.foundedOn().isAfter(LocalDate.of(2025, 7, 1))).singleElement()
                .satisfies(c -> assertThat(units.get(c.communeId(), NATION).validTo()).isNull());
    }

    @Test
    void membersLookRealAndSomeClubsMeetTheStandardWhileOthersDoNot() {
        List<Club> all = clubs.list(ClubFilter.all(), NATION, 1000);
        List<StandardCheck> checks = all.stream().map(c -> members.standard(c.id(), today(), NATION)).toList();
        assertThat(checks).anyMatch(StandardCheck::meetsAll).anyMatch(c -> !c.meetsAll());

        assertThat(jdbc.sql("select count(distinct ethnicity) from person").query(Integer.class).single())
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from person where birth_date is null").query(Integer.class).single())
                .isGreaterThan(500);
        assertThat(jdbc.sql("select count(*) from person where household = 'POOR'").query(Integer.class).single())
                .isGreaterThan(150);
        assertThat(jdbc.sql("select count(*) from membership where left_on is not null").query(Integer.class).single())
                .isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from person where citizen_id_sealed is not null").query(Integer.class).single())
                .isGreaterThan(1_000);
    }

    @Test
    void langSonClubsHaveTheirLastMonthsOfMeetingsReadingsAndActivitiesAndAFewMissedMonths() {
        assertThat(jdbc.sql("select count(distinct club_id) from meeting").query(Integer.class).single()).isEqualTo(46);
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isBetween(46 * 5, 46 * 7);
        assertThat(jdbc.sql("select count(*) from health_reading where level = 'URGENT' and referral_made")
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from club_activity where kind = 'SELF_HELP'").query(Integer.class).single())
                .isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from entitlement_case").query(Integer.class).single()).isGreaterThan(46);
        java.time.YearMonth twoBack = java.time.YearMonth.from(BusinessCalendar.today(clock)).minusMonths(2);
        assertThat(jdbc.sql("select count(*) from club c where c.founded_on < :d and not exists (select 1 from meeting m "
                        + "where m.club_id = c.id and date_trunc('month', m.held_on) = :m) and c.founded_path like '20.%'")
                .param("d", twoBack.atDay(1)).param("m", twoBack.atDay(1)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void langSonClubsHaveTheirFundsLoansAndHomeCare() {
        assertThat(jdbc.sql("select count(distinct club_id) from loan_rules").query(Integer.class).single()).isEqualTo(46);
        assertThat(jdbc.sql("select count(*) from loan where status in ('DISBURSED', 'CLOSED')").query(Integer.class).single())
                .isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from (select entry_id from ledger_line group by entry_id having sum(amount) <> 0) x")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from home_visit").query(Integer.class).single()).isGreaterThan(200);
        assertThat(jdbc.sql("select count(*) from homecare_volunteer where username = 'demo.tnv'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void thereIsAUserOfEachRoleWhosePasswordWasShownOnceAndTheBoardUserHasOneClub() {
        for (Role role : Role.values()) {
            assertThat(jdbc.sql("select count(*) from app_user where role = :r and username like 'demo.%'")
                    .param("r", role.name()).query(Integer.class).single()).as(role.name()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select scope_club_id is not null from app_user where username = 'demo.bcn'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select password_hash from app_user where username = 'demo.quantri'")
                .query(String.class).single()).startsWith("{bcrypt}");
        // A newcomer explores with the password alone, wherever two-factor sign-in is required.
        assertThat(jdbc.sql("select count(*) from app_user where username like 'demo.%' and two_factor_exempt")
                .query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void aSecondStartLeavesTheDataAlone() throws Exception {
        int before = clubs.list(ClubFilter.all(), NATION, 1000).size();
        demo.run(new DefaultApplicationArguments());
        assertThat(clubs.list(ClubFilter.all(), NATION, 1000)).hasSize(before);
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void demoDataIsOnByDefaultOnlyForTheEmbeddedDatabaseAndNotWhenCreatingAnAdministrator() {
        assertThat(switchedBy("", "", "").wanted()).isTrue();
        assertThat(switchedBy("", "jdbc:postgresql://db/ishc", "").wanted()).isFalse();
        assertThat(switchedBy("", "", "admin").wanted()).isFalse();
        assertThat(switchedBy("true", "jdbc:postgresql://db/ishc", "").wanted()).isTrue();
        assertThat(switchedBy("false", "", "").wanted()).isFalse();
    }

    static DemoData switchedBy(String enabled, String url, String createAdmin) {
        return new DemoData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, enabled, url, createAdmin,
                null, null, null);
    }
}
