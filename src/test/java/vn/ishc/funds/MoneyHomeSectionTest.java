package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.Boards;
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
 * The board member who takes the money at the meeting finds it on their home page under this month's meeting,
 * marked to be kept on the phone before it is first opened; a board member who does not record money is not
 * offered it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MoneyHomeSectionTest {

    @Autowired
    java.time.Clock clock;
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
    Boards boards;
    @Autowired
    Members members;

    @Test
    void theTreasurersHomeLeadsToThisMonthsMeetingMoney() throws Exception {
        LocalDate today = BusinessCalendar.today(clock);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", today.minusYears(1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        String treasurer = FundFixtures.financeMember(accounts, boards, members, club, commune, "Thủ quỹ Hạnh");
        UserView other = UserFixtures.create(accounts, "bd-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "Mat-khau-dai-12345", "Ủy viên");
        accounts.limitToClub(other.id(), club.id(), UserFixtures.ROOT);

        Document home = Jsoup.parse(mvc.get().uri("/").with(user(treasurer).roles("CLUB_BOARD"))
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var money = home.selectFirst("#month-meeting-money");
        assertThat(money).isNotNull();
        assertThat(money.attr("href")).startsWith("/clubs/" + club.id() + "/meeting-money?date=");
        assertThat(money.hasAttr("data-keep")).as("kept on the phone before it is opened").isTrue();
        assertThat(home.selectFirst("#month-meeting-open").hasAttr("data-keep")).isTrue();

        Document othersHome = Jsoup.parse(mvc.get().uri("/").with(user(other.username()).roles("CLUB_BOARD"))
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(othersHome.selectFirst("#month-meeting")).isNotNull();
        assertThat(othersHome.selectFirst("#month-meeting-money")).isNull();
    }
}
