package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** Every read of a person's health data leaves a line that national administrators, and only they, can read. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthReadLogTest {

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
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    RequestPostProcessor a(Role role, Long unit, String prefix) {
        UserView u = UserFixtures.create(accounts, prefix + "-" + UUID.randomUUID().toString().substring(0, 6), role, unit,
                "mat-khau-dai-1", "Người dùng");
        return user(u.username()).roles(role.name());
    }

    @Test
    void aCommuneOfficerOpeningAMembersHealthPageIsLoggedAndOnlyANationalAdministratorSeesTheLog() throws Exception {
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058",
                BusinessCalendar.today(clock).minusYears(1), 1);
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        String officer = "xa-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, officer, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        UUID person = c.people().get(0);

        assertThat(mvc.get().uri("/members/" + person + "/health").with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk();

        assertThat(jdbc.sql("select count(*) from health_read where actor = :a and what = 'HEALTH_PAGE'"
                        + " and person_ids = array[cast(:p as uuid)]").param("a", officer).param("p", person)
                .query(Long.class).single()).isEqualTo(1);
        RequestPostProcessor admin = a(Role.NATIONAL_ADMIN, null, "tw");
        var page = mvc.get().uri("/admin/health-reads?personId=" + person).with(admin).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(officer, c.names().get(0));
        assertThat(mvc.get().uri("/api/v1/health-reads?actor=" + officer).with(admin)).hasStatusOk()
                .bodyJson().extractingPath("$.items[0].personIds[0]").isEqualTo(person.toString());
        assertThat(mvc.get().uri("/admin/health-reads").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/health-reads").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatus(403);
    }

    @Test
    void aMeetingWithReadingsIsOneLineNamingEveryMemberMeasured() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1);
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 12);
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            rows.add(new MeetingEntry.Row(c.people().get(i), AttendanceStatus.PRESENT, i < 10
                    ? new ReadingValues(120 + i, 80, 70, new BigDecimal("50.0"), null) : null));
        }
        Meeting m = meetings.record(c.club().id(), new MeetingEntry(null, null, founded.plusMonths(1), "Nhà văn hoá",
                "Huyết áp", null, 0, null, rows), "test", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        String officer = "xa-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, officer, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");

        assertThat(mvc.get().uri("/meetings/" + m.id()).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/meetings/" + m.id()).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();

        assertThat(jdbc.sql("select what || ':' || cardinality(person_ids) from health_read where actor = :a order by id")
                .param("a", officer).query(String.class).list()).containsExactly("MEETING_PAGE:10", "MEETING_API:10");
    }
    /** A meeting of the club with readings for the first {@code measured} members, a month after it was founded. */
    private Meeting aMeetingMeasuring(ClubWithMembers c, LocalDate on, int measured) {
        List<MeetingEntry.Row> rows = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            rows.add(new MeetingEntry.Row(c.people().get(i), AttendanceStatus.PRESENT, i < measured
                    ? new ReadingValues(130 + i, 85, 72, new BigDecimal("52.0"), null) : null));
        }
        return meetings.record(c.club().id(), new MeetingEntry(null, null, on, "Nhà văn hoá", "Huyết áp", null, 0,
                null, rows), "test", AreaScope.nation());
    }

    private String anOfficer() {
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        String officer = "xa-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, officer, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        return officer;
    }

    private List<String> linesOf(String actor) {
        return jdbc.sql("select what || ':' || target || ':' || cardinality(person_ids) from health_read"
                + " where actor = :a order by id").param("a", actor).query(String.class).list();
    }

    @Test
    void theNewMeetingFormShowingEachMembersLastReadingIsOneLineNamingThoseMeasuredAndTheGridWithoutThemIsNone() throws Exception {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1);
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 4);
        aMeetingMeasuring(c, founded.plusMonths(1), 3);
        ClubWithMembers none = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 2);
        String officer = anOfficer();
        String next = founded.plusMonths(2).toString();

        assertThat(mvc.get().uri("/clubs/" + c.club().id() + "/meetings/new?date=" + next + "&layout=phone")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.get().uri("/clubs/" + c.club().id() + "/meetings/new?date=" + next + "&layout=grid")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.get().uri("/clubs/" + none.club().id() + "/meetings/new?date=" + next + "&layout=phone")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();

        assertThat(linesOf(officer)).containsExactly("MEETING_FORM:club:" + c.club().id() + ":3");
        assertThat(jdbc.sql("select person_ids @> cast(:p as uuid[]) from health_read where actor = :a")
                .param("a", officer).param("p", "{" + String.join(",", c.people().subList(0, 3).stream()
                        .map(UUID::toString).toList()) + "}").query(Boolean.class).single()).isTrue();
        var log = mvc.get().uri("/admin/health-reads?actor=" + officer).with(a(Role.NATIONAL_ADMIN, null, "tw")).exchange();
        assertThat(log).hasStatusOk();
        assertThat(log.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Phiếu sinh hoạt mới có chỉ số lần trước");
    }

    @Test
    void aMeetingsVersionsWithReadingsAreOneLineAndWithoutReadingsNone() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1);
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 3);
        Meeting measured = aMeetingMeasuring(c, founded.plusMonths(1), 2);
        Meeting unmeasured = aMeetingMeasuring(c, founded.plusMonths(2), 0);
        String officer = anOfficer();

        assertThat(mvc.get().uri("/api/v1/meetings/" + measured.id() + "/versions")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/meetings/" + unmeasured.id() + "/versions")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();

        assertThat(linesOf(officer)).containsExactly("MEETING_VERSIONS:meeting:" + measured.id() + ":2");
    }

    @Test
    void aCopyOfAPersonsDataWithReadingsIsLoggedAndACopyWithoutNone() {
        LocalDate founded = BusinessCalendar.today(clock).minusYears(1);
        ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", founded, 2);
        aMeetingMeasuring(c, founded.plusMonths(1), 1);
        String officer = anOfficer();

        assertThat(mvc.get().uri("/persons/" + c.people().get(0) + "/data.json")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.get().uri("/persons/" + c.people().get(1) + "/data.json")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();

        assertThat(linesOf(officer)).containsExactly("PERSONAL_DATA:person:" + c.people().get(0) + ":1");
    }
}
