package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The commune officer of a commune of Lạng Sơn approves a month on the approvals page; a meeting recorded
 * afterwards in it shows there and on the dashboard as adjusted after approval, with the approved and the
 * current value, until approved again. Club board members, partners and officers of another province are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalWebTest {

    static final String COMMUNE = "20.06058";

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
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FigureWorker worker;
    @Autowired
    JdbcClient jdbc;

    ClubWithMembers club;
    String month;
    String communeOfficer;

    @BeforeEach
    void aClubOfTheCommune() {
        YearMonth thisMonth = YearMonth.from(BusinessCalendar.today(clock));
        month = thisMonth.minusMonths(2 + jdbc.sql("select count(distinct period) from figure_approval where area_path like '20%'")
                .query(Integer.class).single()).toString();
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                YearMonth.parse(month).minusMonths(2).atDay(1), 3);
        worker.drain();
        communeOfficer = userOf(Role.COMMUNE_OFFICER, AdminUnit.Level.COMMUNE, "06058");
    }

    @Test
    void anApprovedMonthChangedAfterwardsShowsBothValuesUntilApprovedAgain() {
        RequestPostProcessor officer = user(communeOfficer).roles("COMMUNE_OFFICER");
        assertThat(mvc.post().uri("/approvals/approve").with(officer).with(csrf()).param("area", COMMUNE)
                .param("period", month)).hasStatus3xxRedirection().flash().doesNotContainKey("failure");
        Document approved = page("/approvals?area=" + COMMUNE + "&period=" + month, officer);
        assertThat(approved.select("#approval-status").attr("data-status")).isEqualTo("APPROVED");
        assertThat(approved.select("#approval-by").text()).contains(communeOfficer);

        meetings.record(club.club().id(), MeetingFixtures.everyonePresent(UUID.randomUUID(),
                YearMonth.parse(month).atDay(21), club.people()), "test", AreaScope.nation());
        worker.drain();

        Document adjusted = page("/approvals?area=" + COMMUNE + "&period=" + month, officer);
        assertThat(adjusted.select("#approval-status").text()).contains("Đã điều chỉnh sau phê duyệt", "cần phê duyệt lại");
        Element meetingsRow = adjusted.select("#approval-differences tr[data-code=MEETINGS_HELD]").stream()
                .filter(r -> r.attr("data-dims").isEmpty()).findFirst().orElseThrow();
        long before = Long.parseLong(meetingsRow.select("td.approved").text());
        // A breakdown is named in words, never as its code.
        List<Element> broken = adjusted.select("#approval-differences tr[data-dims]").stream()
                .filter(r -> !r.attr("data-dims").isEmpty()).toList();
        assertThat(broken).isNotEmpty();
        assertThat(broken).allSatisfy(r -> assertThat(r.select("td").get(1).text()).doesNotContain("=").contains(": "));
        assertThat(Long.parseLong(meetingsRow.select("td.current").text())).isEqualTo(before + 1);
        Document dashboard = page("/dashboard?area=" + COMMUNE + "&period=" + month + "&boundaries=RESTATED", officer);
        assertThat(dashboard.select("#dashboard-approval").attr("data-status")).isEqualTo("ADJUSTED");
        assertThat(dashboard.select("#dashboard-approvals").attr("href")).contains("/approvals");

        MvcTestResult again = mvc.post().uri("/api/v1/approvals").with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"area\":\"" + COMMUNE + "\",\"period\":\"" + month + "\"}")
                .exchange();
        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
        assertThat(page("/dashboard?area=" + COMMUNE + "&period=" + month + "&boundaries=RESTATED", officer)
                .select("#dashboard-approval").attr("data-status")).isEqualTo("APPROVED");
    }

    @Test
    void boardMembersPartnersAndOfficersOfAnotherProvinceAreRefused() {
        RequestPostProcessor board = user(userOf(Role.CLUB_BOARD, AdminUnit.Level.COMMUNE, "06058")).roles("CLUB_BOARD");
        RequestPostProcessor partner = user(userOf(Role.PARTNER_VIEWER, AdminUnit.Level.PROVINCE, "20")).roles("PARTNER_VIEWER");
        RequestPostProcessor foreign = user(userOf(Role.PROVINCE_OFFICER, AdminUnit.Level.PROVINCE, "25"))
                .roles("PROVINCE_OFFICER");
        String json = "{\"area\":\"" + COMMUNE + "\",\"period\":\"" + month + "\"}";
        for (RequestPostProcessor who : new RequestPostProcessor[] {board, partner, foreign}) {
            assertThat(mvc.get().uri("/approvals?area=" + COMMUNE + "&period=" + month).with(who)).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/approvals?area=" + COMMUNE + "&period=" + month).with(who)).hasStatus(403);
            assertThat(mvc.post().uri("/api/v1/approvals").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content(json)).hasStatus(403);
            assertThat(mvc.post().uri("/approvals/approve").with(who).with(csrf()).param("area", COMMUNE)
                    .param("period", month)).hasStatus(403);
        }
        assertThat(jdbc.sql("select count(*) from figure_approval where area_path = :a and period = :p")
                .param("a", COMMUNE).param("p", month).query(Integer.class).single()).isZero();
    }

    private String userOf(Role role, AdminUnit.Level level, String code) {
        long unit = units.at(level, code, BusinessCalendar.today(clock), AreaScope.nation()).id();
        String name = "duyet-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, role, unit, "mat-khau-dai-1", "Người duyệt");
        return name;
    }

    private Document page(String uri, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(uri).with(who).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
