package vn.ishc.longtermcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import vn.ishc.members.Person;

/** The pages on a phone: who gets in, the assessment with computed scores, errors naming the item, the read log. */
@SpringBootTest
@AutoConfigureMockMvc
class LongTermCareWebTest {

    static final String COMMUNE = "06133";
    static final String OTHER = "06151";

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
    LongTermCareCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    /** A user of the commune the club lies in today, limited to the club when {@code limited}. */
    UserView account(Role role, Club club, boolean limited) {
        UserView u = UserFixtures.create(accounts, role.name().toLowerCase().substring(0, 4) + "-"
                        + UUID.randomUUID().toString().substring(0, 8), role,
                units.atScope(vn.ishc.shared.AreaScope.ofPath(club.areaPaths().get(0))).orElseThrow().id(),
                "mat-khau-dai-1", "Người dùng");
        if (limited) {
            accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        }
        return u;
    }

    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post, int feeding) {
        return answers(post, feeding, null);
    }

    /** Every answer (feeding scored as given), a Barthel score that must be ignored, and one item left out. */
    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post, int feeding, String leftOut) {
        post.param("assessedOn", "2025-02-10").param("living", "ALONE").param("hasCarer", "false")
                .param("barthelScore", "100").param("barthel.FEEDING", String.valueOf(feeding));
        for (BarthelItem item : BarthelItem.values()) {
            if (item != BarthelItem.FEEDING) {
                post.param("barthel." + item.name(), String.valueOf(item.highest()));
            }
        }
        for (LawtonItem item : LawtonItem.values()) {
            if (!("lawton." + item.name()).equals(leftOut)) {
                post.param("lawton." + item.name(), "true");
            }
        }
        for (ScreenItem item : ScreenItem.values()) {
            post.param("screens." + item.name(), "false");
        }
        return post;
    }

    @Test
    void anOfficerOpensACaseAssessesItAndSeesTheComputedScoresWhateverScoreWasSent() {
        Club club = ClubFixtures.aClub(clubs, villages, units, COMMUNE, LocalDate.of(2024, 3, 1));
        UserView officer = account(Role.COMMUNE_OFFICER, club, false);
        var as = user(officer.username()).roles("COMMUNE_OFFICER");
        var opened = mvc.post().uri("/long-term-care/cases").with(csrf()).with(as).param("clubId", club.id().toString())
                .param("name", "Cụ Hà Thị Nhàn").param("sex", "F").param("birthYear", "1936").param("openedOn", "2025-02-03")
                .exchange();
        assertThat(opened).hasStatus3xxRedirection();
        String page = opened.getResponse().getRedirectedUrl();

        var refused = mvc.perform(answers(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(page + "/assessments"), 10, "lawton.LAUNDRY").with(csrf()).with(as));
        assertThat(refused).hasStatus(422).bodyText().contains("Chưa trả lời mục “Giặt giũ”");

        var saved = mvc.perform(answers(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(page + "/assessments"), 5).with(csrf()).with(as));
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(as)).hasStatusOk().bodyText()
                .contains("Đã lưu đánh giá: Barthel 95/100, Lawton 8/8, Nhu cầu thấp.")
                .contains("Barthel 91–99");

        UUID caseId = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from health_read where actor = :a and what = 'LTC_CASE_PAGE' and target = :t")
                .param("a", officer.username()).param("t", "ltc-case:" + caseId).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBoardOfAnotherClubAProvinceOfficerOrAnOfficerOfAnotherCommuneIsRefusedTheCase() {
        Club club = ClubFixtures.aClub(clubs, villages, units, COMMUNE, LocalDate.of(2024, 3, 1));
        Club other = ClubFixtures.aClub(clubs, villages, units, COMMUNE, LocalDate.of(2024, 3, 1));
        Club elsewhere = ClubFixtures.aClub(clubs, villages, units, OTHER, LocalDate.of(2024, 3, 1));
        UserView manager = account(Role.CLUB_BOARD, club, true);
        LtcCase c = cases.open(new NewCase(null, club.id(), null, "Cụ Lò Thị Én", Person.Sex.F, 1940, null,
                LocalDate.of(2025, 1, 6)), UserFixtures.signedIn(manager));
        String page = "/long-term-care/cases/" + c.id();

        assertThat(mvc.get().uri(page).with(user(manager.username()).roles("CLUB_BOARD"))).hasStatusOk();
        assertThat(mvc.get().uri(page).with(user(account(Role.CLUB_BOARD, other, true).username()).roles("CLUB_BOARD")))
                .hasStatus(403);
        assertThat(mvc.get().uri(page).with(user(account(Role.COMMUNE_OFFICER, elsewhere, false).username())
                .roles("COMMUNE_OFFICER"))).hasStatus(403);
        UserView province = UserFixtures.create(accounts, "prov-" + UUID.randomUUID().toString().substring(0, 8),
                Role.PROVINCE_OFFICER, units.atScope(vn.ishc.shared.AreaScope.ofPath(club.areaPaths().get(0).substring(0, 2))).orElseThrow().id(), "mat-khau-dai-1", "Tỉnh");
        assertThat(mvc.get().uri(page).with(user(province.username()).roles("PROVINCE_OFFICER"))).hasStatus(403);
        assertThat(mvc.get().uri("/long-term-care").with(user(province.username()).roles("PROVINCE_OFFICER")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/long-term-care").with(user(account(Role.CLUB_BOARD, other, true).username())
                .roles("CLUB_BOARD"))).hasStatusOk().bodyText().doesNotContain("Cụ Lò Thị Én");
    }
}
