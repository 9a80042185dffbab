package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A citizen ID is shown in full only to those who work with the person: the board of their club and the
 * officers of their commune. Province and national officers and volunteers see it masked; partners see no person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenIdMaskingTest {

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
    UserAccounts accounts;
    @Autowired
    Clock clock;

    Club club;
    UUID person;
    String citizenId;

    @BeforeEach
    void aMemberWithACitizenId() {
        club = ClubFixtures.aClub(clubs, villages, units, "06058", BusinessCalendar.today(clock).minusYears(1));
        citizenId = "0010520" + String.format("%05d", (int) (Math.random() * 100_000));
        person = members.enrol(null, new PersonDetails("Lò Thị Cẩm", "Nữ", "1950", "Kinh", "Khác", null, null, null,
                false, false, null, citizenId, null), club.id(), club.foundedOn(), "test", AreaScope.nation()).person().id();
    }

    RequestPostProcessor a(Role role, Long unit) {
        UserView u = UserFixtures.create(accounts, role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6), role, unit, "mat-khau-dai-1", "Người dùng");
        if (role == Role.CLUB_BOARD || role == Role.HOMECARE_VOLUNTEER) {
            accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        }
        return user(u.username()).roles(role.name());
    }

    long commune() {
        return GeographyFixtures.communeToday(units, "06058").id();
    }

    long province() {
        AdminUnit c = GeographyFixtures.communeToday(units, "06058");
        return GeographyFixtures.province(units, c.parentCode(), GeographyFixtures.AFTER_REFORM).id();
    }

    String masked() {
        return citizenId.substring(0, 3) + "****" + citizenId.substring(8);
    }

    String page(RequestPostProcessor who) throws Exception {
        var r = mvc.get().uri("/members/" + person).with(who).exchange();
        assertThat(r).hasStatusOk();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String api(RequestPostProcessor who) throws Exception {
        var r = mvc.get().uri("/api/v1/members/" + person).with(who).exchange();
        assertThat(r).hasStatusOk();
        var list = mvc.get().uri("/api/v1/clubs/" + club.id() + "/members").with(who).exchange();
        assertThat(list).hasStatusOk();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8)
                + list.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theClubsBoardAndTheCommunesOfficersSeeTheWholeNumber() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {a(Role.CLUB_BOARD, commune()),
                a(Role.COMMUNE_OFFICER, commune())}) {
            assertThat(page(who)).contains(citizenId);
            assertThat(api(who)).contains(citizenId);
        }
    }

    @Test
    void provinceAndNationalOfficersAndVolunteersSeeItMasked() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {a(Role.PROVINCE_OFFICER, province()),
                a(Role.NATIONAL_ADMIN, null), a(Role.HOMECARE_VOLUNTEER, commune())}) {
            assertThat(page(who)).contains(masked()).doesNotContain(citizenId);
            assertThat(api(who)).contains(masked()).doesNotContain(citizenId);
        }
    }

    @Test
    void aChangedNumberIsLoggedMaskedSoTheChangesShownOnThePageHideIt() throws Exception {
        String newId = citizenId.substring(0, 11) + (citizenId.charAt(11) == '9' ? '0' : '9');
        assertThat(mvc.put().uri("/api/v1/members/" + person).with(a(Role.COMMUNE_OFFICER, commune())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":0,"person":{"fullName":"Lò Thị Cẩm","sex":"Nữ","birth":"1950","ethnicity":"Kinh",
                         "household":"Khác","citizenId":"%s"}}""".formatted(newId))).hasStatusOk();

        assertThat(page(a(Role.PROVINCE_OFFICER, province()))).doesNotContain(citizenId).doesNotContain(newId);
    }

    @Test
    void partnersSeeNoPerson() {
        RequestPostProcessor partner = a(Role.PARTNER_VIEWER, null);
        assertThat(mvc.get().uri("/members/" + person).with(partner)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/members/" + person).with(partner)).hasStatus(403);
    }

    @Test
    void aCorrectionSendingTheMaskedNumberBackKeepsTheNumber() throws Exception {
        RequestPostProcessor officer = a(Role.PROVINCE_OFFICER, province());
        String edit = mvc.get().uri("/members/" + person + "/edit").with(officer).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains(masked()).doesNotContain(citizenId);
        assertThat(mvc.put().uri("/api/v1/members/" + person).with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":0,"person":{"fullName":"Lò Thị Cẩm","sex":"Nữ","birth":"1951","ethnicity":"Kinh",
                         "household":"Khác","citizenId":"%s"}}""".formatted(masked()))).hasStatusOk();

        assertThat(members.person(person, AreaScope.nation()).person().citizenId()).isEqualTo(citizenId);
        assertThat(members.person(person, AreaScope.nation()).person().birthYear()).isEqualTo(1951);
    }

    @Test
    void aCopyOfThePersonsDataGivesTheWholeNumberOnlyToThoseWhoSeeIt() throws Exception {
        var commune = mvc.get().uri("/persons/" + person + "/data.json").with(a(Role.COMMUNE_OFFICER, commune()))
                .exchange();
        assertThat(commune).hasStatusOk();
        assertThat(commune.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(citizenId);
        var province = mvc.get().uri("/persons/" + person + "/data.json").with(a(Role.PROVINCE_OFFICER, province()))
                .exchange();
        assertThat(province).hasStatusOk();
        assertThat(province.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(citizenId)
                .contains(masked());
    }
}
