package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
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

@SpringBootTest
@AutoConfigureMockMvc
class MeetingWebTest {

    static final LocalDate FOUNDED = LocalDate.of(2025, 9, 1);

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
    MeetingCalendar calendar;
    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    ClubWithMembers club;
    RequestPostProcessor officer;

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /** A club meeting on the day, founded a year ago, with three members, and one of its board signed in. */
    RequestPostProcessor aClubMeetingOnAndItsBoard(MeetingDay day) {
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", today().minusYears(1), 3, day);
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView u = UserFixtures.create(accounts, "ban-" + UUID.randomUUID().toString().substring(0, 6), Role.CLUB_BOARD,
                commune, "mat-khau-dai-1", "Ban chủ nhiệm");
        accounts.limitToClub(u.id(), club.club().id(), UserFixtures.ROOT);
        return user(u.username()).roles("CLUB_BOARD");
    }

    Document meetingsPage(RequestPostProcessor who) throws Exception {
        var page = mvc.get().uri("/clubs/" + club.club().id() + "/meetings").with(who).exchange();
        assertThat(page).hasStatusOk();
        return Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theMeetingsPageOffersThisMonthsMeetingDayEvenWhenLastMonthsIsRecordedAndNotYetHeld() throws Exception {
        MeetingDay the28th = MeetingDay.ofMonthDay(28);
        RequestPostProcessor board = aClubMeetingOnAndItsBoard(the28th);
        YearMonth month = YearMonth.from(today());
        LocalDate lastMonths = the28th.in(month.minusMonths(1).getYear(), month.minusMonths(1).getMonthValue());
        LocalDate thisMonths = the28th.in(month.getYear(), month.getMonthValue());
        meetings.record(club.club().id(), MeetingFixtures.everyonePresent(null, lastMonths, club.people()), "t",
                AreaScope.nation());

        Document page = meetingsPage(board);
        Element date = page.selectFirst("#record-meeting input#date");
        assertThat(date.attr("value")).isEqualTo(thisMonths.toString());
        assertThat(LocalDate.parse(date.attr("max"))).as("the offered day may be sent").isAfterOrEqualTo(thisMonths);
        assertThat(page.select("#month-meeting")).isEmpty();

        Meeting draft = meetings.record(club.club().id(), new MeetingEntry(null, null, thisMonths, "Nhà văn hoá", null, null,
                0, null, List.of(new MeetingEntry.Row(club.people().get(0), AttendanceStatus.PRESENT, null)), false, null),
                "t", AreaScope.nation());
        page = meetingsPage(board);
        Element goOn = page.selectFirst("#month-meeting a");
        assertThat(goOn.id()).isEqualTo("month-meeting-continue");
        assertThat(goOn.text()).isEqualTo("Buổi sinh hoạt tháng này (ngày " + thisMonths.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ") chưa xong — ghi tiếp");
        assertThat(goOn.attr("href")).isEqualTo("/meetings/" + draft.id() + "/edit?layout=phone");
        assertThat(page.selectFirst("#record-meeting input#date").attr("value")).isEmpty();
        assertThat(mvc.get().uri(goOn.attr("href")).with(board)).hasStatusOk().bodyText()
                .contains("id=\"draft-notice\"").contains("value=\"" + draft.id() + "\"");
    }

    @Test
    void aMeetingOfThisMonthRecordedIsLinkedAndOpensWithItsOwnValues() throws Exception {
        MeetingDay theFirst = MeetingDay.ofMonthDay(1);
        RequestPostProcessor board = aClubMeetingOnAndItsBoard(theFirst);
        LocalDate day = today().withDayOfMonth(1);
        Meeting held = meetings.record(club.club().id(), MeetingFixtures.everyonePresent(null, day, club.people()), "t",
                AreaScope.nation());

        Document page = meetingsPage(board);
        Element open = page.selectFirst("#month-meeting a");
        assertThat(open.id()).isEqualTo("month-meeting-open");
        assertThat(open.text()).isEqualTo("Đã ghi buổi sinh hoạt tháng này (ngày " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ") — mở");
        assertThat(open.attr("href")).isEqualTo("/meetings/" + held.id());
        assertThat(page.selectFirst("#record-meeting input#date").attr("value")).isEmpty();
        assertThat(mvc.get().uri(open.attr("href")).with(board)).hasStatusOk().bodyText()
                .contains("Phòng chống tăng huyết áp").contains("Có mặt 3, vắng có phép 0, vắng 0");

        // Asked for the same day again, the page opens the meeting as recorded, its values in the fields.
        var again = mvc.get().uri("/clubs/" + club.club().id() + "/meetings/new?layout=phone&date=" + day).with(board)
                .exchange();
        assertThat(again).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/meetings/" + held.id() + "/edit?layout=phone");
        Document form = Jsoup.parse(mvc.get().uri("/meetings/" + held.id() + "/edit?layout=phone").with(board).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.selectFirst("input[name=learningTopic]").attr("value")).isEqualTo("Phòng chống tăng huyết áp");
        assertThat(form.selectFirst("input[name=version]").attr("value")).isEqualTo(String.valueOf(held.version()));
        assertThat(form.select("input[type=radio][value=PRESENT][checked]")).hasSize(3);
    }

    void aClubAndItsOfficer(int size) {
        club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", FOUNDED, size);
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView u = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6), Role.COMMUNE_OFFICER,
                commune, "mat-khau-dai-1", "Cán bộ xã");
        officer = user(u.username()).roles("COMMUNE_OFFICER");
    }

    MockMvcTester.MockMvcRequestBuilder post(List<String> statuses, String systolic) {
        var request = mvc.post().uri("/clubs/" + club.club().id() + "/meetings").with(csrf()).with(officer)
                .param("id", UUID.randomUUID().toString()).param("heldOn", "2025-10-21").param("layout", "phone")
                .param("learningTopic", "Phòng chống té ngã").param("guests", "2");
        List<UUID> people = club.people();
        for (int i = 0; i < people.size(); i++) {
            request = request.param("rows[" + i + "].personId", people.get(i).toString())
                    .param("rows[" + i + "].name", club.names().get(i)).param("rows[" + i + "].status", statuses.get(i));
        }
        return request.param("rows[0].systolic", systolic).param("rows[0].diastolic", "90").param("rows[0].weightKg", "51,5");
    }

    @Test
    void theWholeMeetingIsPostedAtOnceAndAReadingOutOfRangeIsRefusedNamingTheMember() {
        aClubAndItsOfficer(3);
        assertThat(mvc.get().uri("/clubs/" + club.club().id() + "/meetings/new?date=2025-10-21").with(officer))
                .hasStatusOk().bodyText().contains(club.names().get(0)).contains("Vắng có phép").contains("/js/meeting-phone-");

        assertThat(post(List.of("PRESENT", "EXCUSED", "ABSENT"), "300"))
                .hasStatusOk().bodyText().contains(club.names().get(0) + ": huyết áp tâm thu 300 ngoài khoảng 60–260 mmHg")
                .contains("Chưa lưu được buổi sinh hoạt");
        assertThat(calendar.list(club.club().id(), AreaScope.nation())).isEmpty();

        var saved = post(List.of("PRESENT", "2", "3"), "145").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location).with(officer)).hasStatusOk().bodyText()
                .contains("Có mặt 1, vắng có phép 1, vắng 1; khách mời 2").contains("145/90").contains("Cao");

        assertThat(mvc.get().uri("/clubs/" + club.club().id() + "/meetings/new?date=2025-10-21&layout=grid").with(officer))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(location + "/edit?layout=grid");
        assertThat(mvc.get().uri("/clubs/" + club.club().id() + "/meetings").with(officer)).hasStatusOk().bodyText()
                .contains("21/10/2025").contains("Phòng chống té ngã");
    }

    @Test
    void theGridShowsEveryMemberWithCellsTheKeyboardMovesBetweenAndSpeaksEnglishOnRequest() {
        aClubAndItsOfficer(4);
        assertThat(mvc.get().uri("/clubs/" + club.club().id() + "/meetings/new?date=2025-10-21&layout=grid&lang=en")
                .with(officer))
                .hasStatusOk().bodyText().contains("Attendance: 1 present, 2 excused").doesNotContain("Vắng có phép")
                .contains("data-row=\"3\"").contains("/js/meeting-grid-");
        assertThat(post(List.of("1", "9", "1", "1"), "120").param("lang", "en"))
                .hasStatusOk().bodyText().contains(club.names().get(1) + ": &quot;9&quot; is not an attendance code");
    }

    @Test
    void theApiRecordsAMeetingAndAnswersASecondOnTheSameDateWithTheFirst() throws Exception {
        aClubAndItsOfficer(2);
        String rows = "[{\"personId\":\"%s\",\"status\":\"PRESENT\",\"reading\":{\"systolic\":182,\"diastolic\":100}},"
                + "{\"personId\":\"%s\",\"status\":\"ABSENT\"}]";
        String body = "{\"heldOn\":\"2025-11-21\",\"rows\":" + rows.formatted(club.people().get(0), club.people().get(1)) + "}";
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings").with(csrf()).contentType("application/json")
                .content(body).header("Accept-Language", "en").with(officer))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("rows[0].referralMade");
        String answered = body.replace("\"diastolic\":100", "\"diastolic\":100,\"referralMade\":true");
        var created = mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings").with(csrf()).contentType("application/json")
                .content(answered).with(officer).exchange();
        assertThat(created).hasStatus(201);
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings").with(csrf()).contentType("application/json")
                .content(answered).with(officer))
                .hasStatus(409).hasHeader("Location", "/api/v1/meetings/" + id);
        assertThat(mvc.get().uri("/api/v1/members/" + club.people().get(0) + "/health").with(officer))
                .hasStatusOk().bodyJson().extractingPath("$.last.level").isEqualTo("URGENT");
    }

    @Test
    void theApiRecordsAMeetingBookWholeOrRefusesItNamingTheMeetingAndTheRow() throws Exception {
        aClubAndItsOfficer(2);
        String meeting = "{\"heldOn\":\"%s\",\"rows\":[{\"personId\":\"%s\",\"status\":\"PRESENT\","
                + "\"reading\":{\"systolic\":%d,\"diastolic\":85}},{\"personId\":\"%s\",\"status\":\"ABSENT\"}]}";
        UUID a = club.people().get(0);
        UUID b = club.people().get(1);
        String bad = "{\"meetings\":[" + meeting.formatted("2025-09-21", a, 135, b) + ","
                + meeting.formatted("2025-10-21", a, 30, b) + "]}";
        var refused = mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings/book").with(csrf()).contentType("application/json")
                .content(bad).header("Accept-Language", "en").with(officer).exchange();
        assertThat(refused).hasStatus(422);
        String problem = refused.getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(problem, "$.errors[*].field"))
                .containsExactly("meetings[1].heldOn", "meetings[1].rows[0].systolic");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(problem, "$.errors[0].message")).contains("21/10/2025")
                .contains("meeting 2 of the book");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(problem, "$.errors[1].message"))
                .contains(club.names().get(0));
        assertThat(calendar.list(club.club().id(), AreaScope.nation())).isEmpty();

        String good = bad.replace("\"systolic\":30", "\"systolic\":128");
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.club().id() + "/meetings/book").with(csrf()).contentType("application/json")
                .content(good).with(officer))
                .hasStatus(201).bodyJson().extractingPath("$[*].readings").asArray().containsExactly(1, 1);
        assertThat(calendar.list(club.club().id(), AreaScope.nation())).hasSize(2);
    }

    @Test
    void aMembersHealthPageDrawsTheReadingsAndShowsTheInsuranceCard() {
        aClubAndItsOfficer(1);
        UUID person = club.people().get(0);
        meetings.record(club.club().id(), new MeetingEntry(null, null, LocalDate.of(2025, 9, 21), null, null, null, 0, null,
                List.of(new MeetingEntry.Row(person, AttendanceStatus.PRESENT, new ReadingValues(150, 92, 80, null, null)))),
                "t", AreaScope.nation());
        meetings.record(club.club().id(), new MeetingEntry(null, null, LocalDate.of(2025, 10, 21), null, null, null, 0, null,
                List.of(new MeetingEntry.Row(person, AttendanceStatus.PRESENT, new ReadingValues(135, 85, 76, null, null)))),
                "t", AreaScope.nation());
        assertThat(mvc.post().uri("/members/" + person + "/health/profile").with(csrf()).with(officer)
                .param("heightCm", "250")).hasStatus3xxRedirection().flash()
                .hasEntrySatisfying("failure", v -> assertThat(v.toString()).contains("Chiều cao 250 cm ngoài khoảng"));
        assertThat(mvc.get().uri("/members/" + person + "/health").with(officer)).hasStatusOk().bodyText()
                .contains("<svg").contains("polyline").contains("135/85 mmHg")
                .contains("Không có hoặc hết hạn");
    }
}
