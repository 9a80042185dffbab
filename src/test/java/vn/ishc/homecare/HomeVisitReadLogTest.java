package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;

/** A home visit's page and the visits through the API are reads of the person's health data, and logged. */
@SpringBootTest
@AutoConfigureMockMvc
class HomeVisitReadLogTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Members members;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVolunteerOpeningAVisitPageAndTheVisitsApiLeavesOneLineEach() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView u = UserFixtures.create(accounts, "tnv-" + UUID.randomUUID().toString().substring(0, 8),
                Role.HOMECARE_VOLUNTEER, commune, "mat-khau-dai-1", "Hà Thị Lan");
        accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", u.username());
        MemberRow mo = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", club.foundedOn());
        CareRecipient r = aRecipient(team, plans, club, mo.person().id(), null, LocalDate.of(2025, 9, 1), 2,
                PlanPeriod.WEEK, lan);

        assertThat(mvc.get().uri("/homecare/recipients/" + r.id() + "/visit")
                .with(user(u.username()).roles("HOMECARE_VOLUNTEER"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/homecare/recipients/" + r.id() + "/visits")
                .with(user(u.username()).roles("HOMECARE_VOLUNTEER"))).hasStatusOk();

        assertThat(jdbc.sql("select what || ' ' || target || ' ' || array_to_string(person_ids, ',') from health_read"
                        + " where actor = :a order by id").param("a", u.username()).query(String.class).list())
                .containsExactly("HOME_VISIT_PAGE recipient:" + r.id() + " " + mo.person().id(),
                        "HOME_VISIT_API recipient:" + r.id() + " " + mo.person().id());
    }
}
