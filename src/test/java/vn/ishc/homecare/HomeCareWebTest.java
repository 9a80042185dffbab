package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVisit;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;

import java.time.LocalDate;
import java.util.UUID;
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
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** The club's home-care page as a board member sees it, a volunteer's own page and visit form, and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class HomeCareWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();

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
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HomeVisits visits;
    @Autowired
    vn.ishc.members.Members members;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    UserView account(Role role, Club club, String name) {
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView u = UserFixtures.create(accounts, role.name().toLowerCase().substring(0, 4) + "-"
                + UUID.randomUUID().toString().substring(0, 8), role, commune, "mat-khau-dai-1", name);
        accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        return u;
    }

    @Test
    void aBoardMemberSeesWhoIsBelowPlanThisMonthAndAddsAVolunteer() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        LocalDate today = BusinessCalendar.today(clock);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        CareRecipient mo = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 4, PlanPeriod.MONTH, lan);
        aRecipient(team, plans, club, null, "Cụ Vi Văn Tư", LocalDate.of(2025, 9, 1), 1, PlanPeriod.MONTH, lan);
        // Someone taken on today whose plan the board has not yet agreed: listed as without a plan.
        team.addRecipient(club.id(), new NewRecipient(null, null, "Cụ Lường Thị Nhất", "Xóm Dưới",
                java.util.Set.of(CareReason.FRAIL), today), "t", NATION);
        visits.record(aVisit(mo, today, lan), "t", false, NATION);
        var as = user(account(Role.CLUB_BOARD, club, "Chủ nhiệm").username()).roles("CLUB_BOARD");

        assertThat(mvc.get().uri("/clubs/" + club.id() + "/homecare").with(as)).hasStatusOk().bodyText()
                .contains("Đã thăm 1/5 lần theo kế hoạch").contains("Cụ Đinh Thị Mơ: 1/4 lần, còn thiếu 3")
                .contains("Cụ Vi Văn Tư: 0/1 lần, còn thiếu 1").contains("Hà Thị Lan").contains("4 lần/tháng")
                .contains("Cụ Lường Thị Nhất").contains("Chưa có kế hoạch")
                .contains("1/4 lần");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/homecare/volunteers").with(csrf()).with(as)
                .param("name", "Lò Văn Bình").param("phone", "abc")).hasStatus3xxRedirection()
                .flash().containsEntry("failure", "Số điện thoại abc không hợp lệ.");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/homecare/volunteers").with(csrf()).with(as)
                .param("name", "Lò Văn Bình").param("phone", "0912 345 678").param("trainedOn", "2025-08-15"))
                .hasStatus3xxRedirection();
        assertThat(team.volunteersOf(club.id(), NATION)).extracting(Volunteer::name).contains("Lò Văn Bình");
        var assignment = plans.assignmentsOf(mo.id(), NATION).get(0);
        assertThat(mvc.post().uri("/homecare/assignments/" + assignment.id() + "/end").with(csrf()).with(as)
                .param("recipientId", mo.id().toString())).hasStatus3xxRedirection();
        assertThat(plans.assignmentsOf(mo.id(), NATION).get(0).until()).isEqualTo(today);
    }

    @Test
    void aMembersVisitSentAgainIsSavedOnceWithItsReadingInTheHealthRecord() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        UserView tnv = account(Role.HOMECARE_VOLUNTEER, club, "Hà Thị Lan");
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", tnv.username());
        var member = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", LocalDate.of(2025, 8, 1));
        CareRecipient mo = aRecipient(team, plans, club, member.person().id(), null, LocalDate.of(2025, 9, 1), 2,
                PlanPeriod.WEEK, lan);
        var as = user(tnv.username()).roles("HOMECARE_VOLUNTEER");
        String today = BusinessCalendar.today(clock).toString();
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                    .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                    .param("tasks", "MEALS").param("systolic", "135").param("diastolic", "85"))
                    .hasStatus3xxRedirection().hasRedirectedUrl("/homecare/recipients/" + mo.id() + "/visit?saved=" + id);
        }
        assertThat(jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", mo.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "MEALS").param("systolic", "150").param("diastolic", "85")).hasStatus(422);
    }

    @Test
    void aVolunteerSeesTheirRecipientsAndIsAskedForTheReferralOfAnUrgentReading() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        UserView tnv = account(Role.HOMECARE_VOLUNTEER, club, "Hà Thị Lan");
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", tnv.username());
        CareRecipient mo = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 2, PlanPeriod.WEEK, lan);
        var as = user(tnv.username()).roles("HOMECARE_VOLUNTEER");
        String today = BusinessCalendar.today(clock).toString();

        assertThat(mvc.get().uri("/homecare/mine").with(as)).hasStatusOk().bodyText()
                .contains("Cụ Đinh Thị Mơ").contains("Tuần này: đã thăm 0/2");
        assertThat(mvc.get().uri("/homecare/recipients/" + mo.id() + "/visit").with(as)).hasStatusOk().bodyText()
                .contains("Hà Thị Lan").contains("Nấu ăn");
        UUID id = UUID.randomUUID();
        assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "MEALS").param("systolic", "185").param("diastolic", "115"))
                .hasStatus(422).bodyText().contains("185/115 ở mức nguy hiểm");
        assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "MEALS").param("systolic", "185").param("diastolic", "115").param("referralMade", "true")
                .param("referralTo", "COMMUNE_STATION")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/homecare/recipients/" + mo.id() + "/visit?saved=" + id);
        assertThat(mvc.get().uri("/homecare/recipients/" + mo.id() + "/visit?saved=" + id).with(as)).hasStatusOk().bodyText()
                .contains("185/115").contains("Nguy hiểm").contains("Trạm y tế xã").contains("Đã ghi lần thăm");
        // Sent again from the phone (its answer lost): the same visit, saved once.
        assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "MEALS").param("systolic", "185").param("diastolic", "115").param("referralMade", "true")
                .param("referralTo", "COMMUNE_STATION")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/homecare/recipients/" + mo.id() + "/visit?saved=" + id);
        // The same id with other values is another visit under a used id: refused, the first kept as it was.
        assertThat(mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .param("id", id.toString()).param("visitedOn", today).param("volunteerIds", lan.id().toString())
                .param("tasks", "HYGIENE").param("systolic", "120").param("diastolic", "80"))
                .hasStatus(422).bodyText().contains("đã dùng cho lần thăm ngày");
        assertThat(jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", mo.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select systolic from home_visit where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(185);
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/homecare").with(as)).hasStatus(403);
    }

    @Test
    void theApiRefusesAVisitByAVolunteerNotAssignedNamingTheVolunteer() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", null);
        CareRecipient mo = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 2, PlanPeriod.WEEK, lan);
        var as = user(account(Role.CLUB_BOARD, club, "Chủ nhiệm").username()).roles("CLUB_BOARD");
        String body = "{\"visitedOn\":\"2025-09-03\",\"volunteerIds\":[\"%s\"],\"tasks\":[\"MEALS\"]}";

        assertThat(mvc.post().uri("/api/v1/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .contentType("application/json").content(body.formatted(binh.id())))
                .hasStatus(422).bodyText().contains("volunteerIds").contains("Lò Văn Bình");
        assertThat(mvc.post().uri("/api/v1/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(as)
                .contentType("application/json").content(body.formatted(lan.id())))
                .hasStatus(201).bodyText().contains("Hà Thị Lan");
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/homecare/month?month=2025-09").with(as))
                .hasStatusOk().bodyText().contains("\"done\":1");
    }
}
