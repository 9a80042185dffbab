package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.ishc.shared.BusinessCalendar;

/**
 * A visit sent from the phone and refused by the server (here dated before the person was in care) is held, once
 * however often it is sent, listed on the club's page for its board, the officers of its area and the volunteer
 * who sent it, until someone corrects it and sends it again (saved, and settled) or drops it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HeldVisitsTest {

    static final String TOO_EARLY = "2025-08-20";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Clock clock;
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
    JdbcClient jdbc;

    Club club;
    Volunteer lan;
    CareRecipient mo;
    RequestPostProcessor volunteer;
    RequestPostProcessor board;
    RequestPostProcessor officer;

    /** A club with a volunteer who signs in, caring for Cụ Mơ since 1 September 2025. */
    void aClubWithAVolunteer() {
        club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        String tnv = account(Role.HOMECARE_VOLUNTEER, club);
        lan = aVolunteer(team, club, "Hà Thị Lan", tnv);
        mo = aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 2, PlanPeriod.WEEK, lan);
        volunteer = user(tnv).roles("HOMECARE_VOLUNTEER");
        board = user(account(Role.CLUB_BOARD, club)).roles("CLUB_BOARD");
        officer = user(account(Role.COMMUNE_OFFICER, null)).roles("COMMUNE_OFFICER");
    }

    String account(Role role, Club limitedTo) {
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        var u = UserFixtures.create(accounts, role.name().toLowerCase().substring(0, 4) + "-"
                + UUID.randomUUID().toString().substring(0, 8), role, commune, "mat-khau-dai-1", "Người dùng");
        if (limitedTo != null) {
            accounts.limitToClub(u.id(), limitedTo.id(), UserFixtures.ROOT);
        }
        return u.username();
    }

    String today() {
        return BusinessCalendar.today(clock).toString();
    }

    /** The visit as the phone sends it, on a day. */
    org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder send(UUID id, String on,
                                                                                            String systolic) {
        return mvc.post().uri("/homecare/recipients/" + mo.id() + "/visits").with(csrf()).with(volunteer)
                .param("id", id.toString()).param("visitedOn", on).param("volunteerIds", lan.id().toString())
                .param("tasks", "MEALS").param("systolic", systolic).param("diastolic", "85")
                .param("observations", "Bà mệt");
    }

    UUID heldOf(UUID visit) {
        return jdbc.sql("select id from held_visit_submission where visit_id = :v order by submitted_at desc limit 1")
                .param("v", visit).query(UUID.class).single();
    }

    long waiting() {
        return jdbc.sql("select count(*) from held_visit_submission where club_id = :c and resolved_at is null")
                .param("c", club.id()).query(Long.class).single();
    }

    long audit(String action, UUID held) {
        return jdbc.sql("select count(*) from audit_event where target = :t and action = :a")
                .param("t", "held-visit:" + held).param("a", action).query(Long.class).single();
    }

    String heldPage(UUID held) {
        return "/clubs/" + club.id() + "/visits/held/" + held;
    }

    @Test
    void aRefusedVisitIsHeldOnceHoweverOftenItIsSentAndTheAnswerSaysSo() {
        aClubWithAVolunteer();
        UUID visit = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(send(visit, TOO_EARLY, "135")).hasStatus(422).bodyText().contains("visit-held");
        }

        assertThat(waiting()).isEqualTo(1);
        UUID held = heldOf(visit);
        assertThat(jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", mo.id())
                .query(Long.class).single()).as("holding records no visit").isZero();
        assertThat(jdbc.sql("select sent::text from held_visit_submission where id = :id").param("id", held)
                .query(String.class).single()).contains(TOO_EARLY).contains("135").contains("Bà mệt");
        assertThat(jdbc.sql("select problems::text from held_visit_submission where id = :id").param("id", held)
                .query(String.class).single()).contains("homecare.visit.notInCare");
        assertThat(audit("homecare.visit.held", held)).isEqualTo(1);
        assertThat(audit("homecare.visit.held_again", held)).isEqualTo(2);
    }

    @Test
    void theClubPageListsItToTheBoardTheOfficersAndTheVolunteerWhoSentItOnly() {
        aClubWithAVolunteer();
        UUID visit = UUID.randomUUID();
        send(visit, TOO_EARLY, "135").exchange();
        UUID held = heldOf(visit);
        String page = "/clubs/" + club.id();

        for (RequestPostProcessor who : new RequestPostProcessor[] {board, officer, volunteer}) {
            assertThat(mvc.get().uri(page).with(who)).hasStatusOk().bodyText().contains("held-visit-" + held)
                    .contains("Cụ Đinh Thị Mơ");
            assertThat(mvc.get().uri(heldPage(held)).with(who)).hasStatusOk().bodyText().contains("Cụ Đinh Thị Mơ")
                    .contains("135/85").contains("Bà mệt").contains("20/08/2025").contains("Sửa và gửi lại")
                    .contains("Bỏ bản gửi");
        }
        // Another volunteer of the same club neither sees it listed nor opens it.
        RequestPostProcessor binh = user(account(Role.HOMECARE_VOLUNTEER, club)).roles("HOMECARE_VOLUNTEER");
        assertThat(mvc.get().uri(page).with(binh)).hasStatusOk().bodyText().doesNotContain("held-visit-");
        assertThat(mvc.get().uri(heldPage(held)).with(binh)).hasStatus(403);
        assertThat(mvc.post().uri(heldPage(held) + "/drop").with(csrf()).with(binh)).hasStatus(403);

        Club other = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        RequestPostProcessor otherBoard = user(account(Role.CLUB_BOARD, other)).roles("CLUB_BOARD");
        RequestPostProcessor otherVolunteer = user(account(Role.HOMECARE_VOLUNTEER, other)).roles("HOMECARE_VOLUNTEER");
        long province = GeographyFixtures.province(units, "20", BusinessCalendar.today(clock)).id();
        String partnerName = "part-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, partnerName, Role.PARTNER_VIEWER, province, "mat-khau-dai-1", "Đối tác");
        RequestPostProcessor partner = user(partnerName).roles("PARTNER_VIEWER");
        String ask = "/api/v1/homecare/recipients/" + mo.id() + "/visits/held?visit=" + visit;
        for (RequestPostProcessor who : new RequestPostProcessor[] {otherBoard, otherVolunteer, partner}) {
            assertThat(mvc.get().uri(heldPage(held)).with(who)).hasStatus(403);
            assertThat(mvc.post().uri(heldPage(held) + "/drop").with(csrf()).with(who)).hasStatus(403);
            assertThat(mvc.get().uri("/homecare/recipients/" + mo.id() + "/visit?held=" + held).with(who)).hasStatus(403);
            assertThat(mvc.get().uri(ask).with(who)).hasStatus(403);
        }
        assertThat(mvc.get().uri("/clubs/" + other.id()).with(otherBoard)).hasStatusOk().bodyText()
                .doesNotContain("held-visit-");
        assertThat(waiting()).isEqualTo(1);
    }

    @Test
    void correctingItAndSendingItAgainSavesTheVisitOnceAndSettlesIt() {
        aClubWithAVolunteer();
        UUID visit = UUID.randomUUID();
        send(visit, TOO_EARLY, "135").exchange();
        UUID held = heldOf(visit);

        assertThat(mvc.get().uri("/homecare/recipients/" + mo.id() + "/visit?held=" + held).with(board)).hasStatusOk()
                .bodyText().contains("value=\"" + visit + "\"").contains("value=\"" + TOO_EARLY + "\"")
                .contains("value=\"135\"").contains("Bà mệt").contains("value=\"" + held + "\"");
        assertThat(send(visit, today(), "135").param("held", held.toString())).hasStatus3xxRedirection()
                .hasRedirectedUrl("/homecare/recipients/" + mo.id() + "/visit?saved=" + visit);

        assertThat(waiting()).isZero();
        assertThat(jdbc.sql("select resolution from held_visit_submission where id = :id").param("id", held)
                .query(String.class).single()).isEqualTo("SAVED");
        assertThat(audit("homecare.visit.held.decided", held)).isEqualTo(1);
        assertThat(mvc.get().uri(heldPage(held)).with(officer)).hasStatusOk().bodyText().contains("held-decided")
                .doesNotContain("id=\"drop\"");
        assertThat(mvc.get().uri("/clubs/" + club.id()).with(board)).hasStatusOk().bodyText()
                .doesNotContain("held-visit-");
    }

    @Test
    void aVisitUnderAnIdAlreadyUsedIsHeldAndSentAgainAsANewVisit() throws Exception {
        aClubWithAVolunteer();
        UUID visit = UUID.randomUUID();
        assertThat(send(visit, today(), "135")).hasStatus3xxRedirection();
        assertThat(send(visit, today(), "150")).hasStatus(422).bodyText().contains("visit-held");
        UUID held = heldOf(visit);

        String form = mvc.get().uri("/homecare/recipients/" + mo.id() + "/visit?held=" + held).with(volunteer)
                .exchange().getResponse().getContentAsString();
        assertThat(form).contains("value=\"150\"").doesNotContain("value=\"" + visit + "\"");
        UUID again = UUID.randomUUID();
        assertThat(send(again, today(), "150").param("held", held.toString())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", mo.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(waiting()).isZero();
    }

    @Test
    void droppingItRecordsNothingAndThePhoneLearnsItWasDecided() {
        aClubWithAVolunteer();
        UUID visit = UUID.randomUUID();
        send(visit, TOO_EARLY, "135").exchange();
        UUID held = heldOf(visit);
        String ask = "/api/v1/homecare/recipients/" + mo.id() + "/visits/held?visit=" + visit + "&visit="
                + UUID.randomUUID();

        var before = mvc.get().uri(ask).with(volunteer).exchange();
        assertThat(before).hasStatusOk();
        assertThat(before).bodyJson().extractingPath("$[0].state").isEqualTo("WAITING");
        assertThat(mvc.post().uri(heldPage(held) + "/drop").with(csrf()).with(board)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/clubs/" + club.id());
        assertThat(waiting()).isZero();
        assertThat(audit("homecare.visit.held.decided", held)).isEqualTo(1);
        var after = mvc.get().uri(ask).with(volunteer).exchange();
        assertThat(after).bodyJson().extractingPath("$[0].visit").isEqualTo(visit.toString());
        assertThat(after).bodyJson().extractingPath("$[0].state").isEqualTo("DECIDED");
        assertThat(after).bodyJson().extractingPath("$[0].outcome").isEqualTo("DROPPED");
        assertThat(after).bodyJson().extractingPath("$[1].state").isEqualTo("UNKNOWN");
        var again = mvc.post().uri(heldPage(held) + "/drop").with(csrf()).with(officer).exchange();
        assertThat(again).hasStatus3xxRedirection().hasRedirectedUrl(heldPage(held)).flash().containsKey("failure");
        assertThat(audit("homecare.visit.held.decided", held)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from home_visit where recipient_id = :r").param("r", mo.id())
                .query(Long.class).single()).isZero();
    }
}
