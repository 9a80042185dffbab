package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.Referral;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A volunteer refers the person visited for any reason, not only an urgent blood pressure: a fall with a
 * normal pressure is saved, shown with the visit and in the member's health record; another reason must
 * be written; a new visit's tasks start unticked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VisitReferralWebTest {

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
    Members members;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HealthRecords health;

    Club club;
    Volunteer lan;
    RequestPostProcessor as;

    void aVolunteerSignedIn() {
        club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView u = UserFixtures.create(accounts, "tnv-" + UUID.randomUUID().toString().substring(0, 8),
                Role.HOMECARE_VOLUNTEER, commune, "mat-khau-dai-1", "Hà Thị Lan");
        accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        lan = aVolunteer(team, club, "Hà Thị Lan", u.username());
        as = user(u.username()).roles("HOMECARE_VOLUNTEER");
    }

    @Test
    void aFallReferredWithANormalBloodPressureIsSavedAndShown() throws Exception {
        aVolunteerSignedIn();
        MemberRow mo = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", club.foundedOn());
        CareRecipient r = aRecipient(team, plans, club, mo.person().id(), null, LocalDate.of(2025, 9, 1), 2,
                PlanPeriod.WEEK, lan);
        String today = BusinessCalendar.today(clock).toString();

        assertThat(mvc.post().uri("/homecare/recipients/" + r.id() + "/visits").with(csrf()).with(as)
                .param("id", UUID.randomUUID().toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "HYGIENE").param("systolic", "125").param("diastolic", "80").param("referralMade", "true")
                .param("referralCause", "FALL").param("referralReason", "Ngã ở sân, đau hông")
                .param("referralTo", "COMMUNE_STATION")).hasStatus3xxRedirection();

        Document page = Jsoup.parse(mvc.get().uri("/homecare/recipients/" + r.id() + "/visit").with(as).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#recent-visits li").first().text()).contains("Đã chuyển tuyến: Trạm y tế xã")
                .contains("Lý do: Ngã");
        assertThat(health.of(mo.person().id(), AreaScope.nation()).referrals()).extracting(Referral::reason)
                .containsExactly("Ngã: Ngã ở sân, đau hông");
    }

    @Test
    void anotherReasonWithoutTextIsRefusedNamingTheField() {
        aVolunteerSignedIn();
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Vi Văn Tư", LocalDate.of(2025, 9, 1), 2,
                PlanPeriod.WEEK, lan);
        String today = BusinessCalendar.today(clock).toString();

        assertThat(mvc.post().uri("/homecare/recipients/" + r.id() + "/visits").with(csrf()).with(as)
                .param("visitedOn", today).param("volunteerIds", lan.id().toString()).param("tasks", "MEALS")
                .param("referralMade", "true").param("referralCause", "OTHER").param("referralTo", "HOSPITAL"))
                .hasStatus(422).bodyText().contains("Chuyển tuyến vì lý do khác: hãy ghi rõ lý do.");
        String body = "{\"visitedOn\":\"%s\",\"volunteerIds\":[\"%s\"],\"tasks\":[\"MEALS\"],\"referralMade\":true,"
                + "\"referralTo\":\"HOSPITAL\",\"referralCause\":\"OTHER\"}";
        assertThat(mvc.post().uri("/api/v1/homecare/recipients/" + r.id() + "/visits").with(csrf()).with(as)
                .contentType("application/json").content(body.formatted(today, lan.id())))
                .hasStatus(422).bodyText().contains("referralReason");
        assertThat(mvc.get().uri("/homecare/recipients/" + r.id() + "/visit").with(as)).bodyText()
                .doesNotContain("Đã chuyển tuyến");
        // A fever, written nowhere else, is enough on its own.
        assertThat(mvc.post().uri("/api/v1/homecare/recipients/" + r.id() + "/visits").with(csrf()).with(as)
                .contentType("application/json").content(body.formatted(today, lan.id()).replace("OTHER", "FEVER")))
                .hasStatus(201).bodyText().contains("\"referralCause\":\"FEVER\"");
    }

    @Test
    void aNewVisitStartsWithNoTaskTicked() throws Exception {
        aVolunteerSignedIn();
        // The plan asks for meals and blood pressure; the form must not claim they were done.
        CareRecipient r = aRecipient(team, plans, club, null, "Cụ Lường Thị Nhất", LocalDate.of(2025, 9, 1), 2,
                PlanPeriod.WEEK, lan);

        Document page = Jsoup.parse(mvc.get().uri("/homecare/recipients/" + r.id() + "/visit").with(as).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#tasks input[name=tasks]")).hasSize(CareTask.values().length);
        assertThat(page.select("#tasks input[name=tasks][checked]")).isEmpty();
        assertThat(page.select("#referral-causes input[name=referralCause]")).hasSize(ReferralCause.values().length);
    }
}
