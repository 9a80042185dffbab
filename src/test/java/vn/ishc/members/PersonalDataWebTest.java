package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.shared.AreaScope;

@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataWebTest {

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
    Consents consents;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Anonymisation anonymisation;

    @Test
    void anOfficerExportsAPersonsDataAsJsonAndPdfAndThenAnonymisesThemAfterConfirming() {
        MeetingFixtures.ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                LocalDate.of(2024, 1, 1), 2);
        UUID person = c.people().get(0);
        String name = c.names().get(0);
        meetings.record(c.club().id(), MeetingFixtures.withRow(MeetingFixtures.everyonePresent(null,
                LocalDate.of(2024, 2, 21), c.people()), 0, new MeetingEntry.Row(person, AttendanceStatus.PRESENT,
                new ReadingValues(150, 92, 80, new BigDecimal("50.0"), null))), "t", AreaScope.nation());
        consents.record(person, new NewConsent(null, Consent.Basis.CONSENT, Set.of(Consent.Purpose.HEALTH_MONITORING),
                LocalDate.of(2024, 1, 5), Consent.Evidence.PAPER_FORM_SIGNED, null), "t", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        String officer = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ").username();
        var asOfficer = user(officer).roles("COMMUNE_OFFICER");

        String json = new String(mvc.get().uri("/persons/" + person + "/data.json").with(asOfficer).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(json).contains(name).contains("\"readings\"").contains("\"systolic\":150").contains("\"attendance\"")
                .contains("HEALTH_MONITORING").contains("person.created").contains("\"loans\"");
        assertThat(mvc.get().uri("/persons/" + person + "/data.pdf").with(asOfficer)).hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = 'person.exported'")
                .param("t", "person:" + person).query(Long.class).single()).isEqualTo(2);

        String boardMember = UserFixtures.create(accounts, "bcn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Ban chủ nhiệm").username();
        var board = user(boardMember).roles("CLUB_BOARD");
        assertThat(mvc.get().uri("/persons/" + person + "/data.json").with(board)).hasStatusOk();
        assertThat(mvc.post().uri("/members/" + person + "/anonymise").with(csrf()).with(board)
                .param("reason", "x").param("confirmed", "true")).hasStatus(403);
        assertThat(mvc.get().uri("/members/" + person + "/anonymise").with(asOfficer)).hasStatusOk().bodyText()
                .contains("Người đã ẩn danh #" + person.toString().substring(0, 8));
        assertThat(mvc.post().uri("/members/" + person + "/anonymise").with(csrf()).with(asOfficer)
                .param("reason", "Người đó yêu cầu")).hasStatus3xxRedirection().flash()
                .containsEntry("failure", "Cần đánh dấu ô xác nhận trước khi ẩn danh.");
        assertThat(members.person(person, AreaScope.nation()).person().fullName()).isEqualTo(name);
        assertThat(mvc.post().uri("/members/" + person + "/anonymise").with(csrf()).with(asOfficer)
                .param("reason", "Người đó yêu cầu").param("confirmed", "true")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/members/" + person).with(asOfficer)).hasStatusOk().bodyText()
                .contains("Người đã ẩn danh #").doesNotContain(name);
    }

    @Test
    void anAnonymisedPersonsDetailsCannotBeEditedOnThePageOrThroughTheApiAndTheirMembershipStays() {
        MeetingFixtures.ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                LocalDate.of(2024, 1, 1), 2);
        UUID person = c.people().get(0);
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        String officer = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ").username();
        var asOfficer = user(officer).roles("COMMUNE_OFFICER");
        String pseudonym = anonymisation.anonymise(person, "Người đó yêu cầu", officer, AreaScope.nation());
        PersonHistory before = members.person(person, AreaScope.nation());
        String refusal = "Người này đã được ẩn danh: thông tin cá nhân không sửa được nữa.";

        assertThat(mvc.get().uri("/members/" + person).with(asOfficer)).hasStatusOk().bodyText()
                .contains(refusal).doesNotContain("/members/" + person + "/edit");
        assertThat(mvc.get().uri("/members/" + person + "/edit").with(asOfficer)).hasStatus3xxRedirection()
                .flash().hasEntrySatisfying("failure", f -> assertThat((String) f).startsWith(refusal));
        assertThat(mvc.post().uri("/members/" + person + "/edit").with(csrf()).with(asOfficer)
                .param("fullName", "Hoàng Thị Nhung").param("sex", "F").param("birth", "1950")
                .param("ethnicity", "01").param("household", "OTHER")
                .param("version", String.valueOf(before.person().version())))
                .hasStatus3xxRedirection().flash().hasEntrySatisfying("failure", f -> assertThat((String) f).startsWith(refusal));
        assertThat(mvc.put().uri("/api/v1/members/" + person).with(csrf()).with(asOfficer)
                .header("Accept-Language", "en").contentType("application/json").content("""
                        {"version":%d,"person":{"fullName":"Hoàng Thị Nhung","sex":"F","birth":"1950",
                         "ethnicity":"01","household":"OTHER","citizenId":"001150012345"}}"""
                        .formatted(before.person().version())))
                .hasStatus(422).bodyJson().extractingPath("$.detail").asString()
                .startsWith("This person has been anonymised");

        PersonHistory after = members.person(person, AreaScope.nation());
        assertThat(after.person()).isEqualTo(before.person());
        assertThat(after.person().fullName()).isEqualTo(pseudonym);
        assertThat(after.memberships()).isEqualTo(before.memberships());
    }
}
