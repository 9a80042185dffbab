package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
import vn.ishc.members.Members;
import vn.ishc.shared.BusinessCalendar;

/**
 * A volunteer's home page marks, to be kept on the phone before they are first opened, their recipients and the
 * visit form of each recipient they care for, and nobody else's; a board member's marks this month's meeting.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VisitsHomeSectionTest {

    @Autowired
    Clock clock;
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

    Document home(String username, String role) throws Exception {
        return Jsoup.parse(mvc.get().uri("/").with(user(username).roles(role)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theVolunteersHomeKeepsTheVisitFormsOfTheirRecipientsOnThePhone() throws Exception {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", founded);
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView account = UserFixtures.create(accounts, "tn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.HOMECARE_VOLUNTEER, commune, "Mat-khau-dai-12345", "Tình nguyện viên");
        accounts.limitToClub(account.id(), club.id(), UserFixtures.ROOT);
        Volunteer mine = HomeCareFixtures.aVolunteer(team, club, "Hà Thị Lan", account.username());
        Volunteer other = HomeCareFixtures.aVolunteer(team, club, "Lý Văn Hùng", null);
        CareRecipient mo = HomeCareFixtures.aRecipient(team, plans, club,
                HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", founded).person().id(), null, founded, 2,
                PlanPeriod.WEEK, mine);
        CareRecipient notMine = HomeCareFixtures.aRecipient(team, plans, club,
                HomeCareFixtures.aMember(members, club, "Vi Văn Sáu", founded).person().id(), null, founded, 1,
                PlanPeriod.MONTH, other);

        Document page = home(account.username(), "HOMECARE_VOLUNTEER");
        var kept = page.select("[data-keep]").eachAttr("data-keep");
        assertThat(kept).contains("/homecare/mine", "/homecare/recipients/" + mo.id() + "/visit")
                .doesNotContain("/homecare/recipients/" + notMine.id() + "/visit");
        assertThat(page.selectFirst("#kept-pages").attr("data-text")).isEqualTo("Đã lưu {0} trang để dùng khi mất sóng");
        assertThat(page.selectFirst("#kept-pages").hasAttr("hidden")).isTrue();
    }
}
