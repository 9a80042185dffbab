package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A province officer of Lạng Sơn reads last month's meeting books of Đồng Đăng's four clubs: one keyed three
 * days after its meeting, one fifteen days after, one drafted the next day and finished twelve days after, and
 * one only drafted; then the commune's row among the province's communes, and the link from the dashboard.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingBooksWebTest {

    static final String COMMUNE = "20.06184";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FigureWorker figureWorker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Indicators indicators;

    @Test
    void theCommunesBooksOfAMonthSayWhichClubsKeyedTheirMeetingOnTimeLateOrNotAndTheProvinceAddsThemUp() {
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        LocalDate held = month.atDay(5);
        LocalDate founded = month.minusMonths(2).atDay(1);
        ClubWithMembers onTime = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06184", founded, 2);
        ClubWithMembers late = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06184", founded, 2);
        ClubWithMembers draftedThenFinished = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06184",
                founded, 2);
        ClubWithMembers draftOnly = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06184", founded, 2);
        keyed(meetings.record(onTime.club().id(), MeetingFixtures.everyonePresent(null, held, onTime.people()), "test",
                AreaScope.nation()), 1, held.plusDays(3));
        keyed(meetings.record(late.club().id(), MeetingFixtures.everyonePresent(null, held, late.people()), "test",
                AreaScope.nation()), 1, held.plusDays(15));
        Meeting draft = meetings.record(draftedThenFinished.club().id(), draft(held, draftedThenFinished.people()), "test",
                AreaScope.nation());
        Meeting finished = meetings.record(draftedThenFinished.club().id(), new MeetingEntry(draft.id(), draft.version(),
                held, "Nhà văn hoá thôn", "Phòng chống tăng huyết áp", null, 0, null,
                MeetingFixtures.everyonePresent(null, held, draftedThenFinished.people()).rows(), true, null), "test",
                AreaScope.nation());
        keyed(draft, 1, held.plusDays(1));
        keyed(finished, 2, held.plusDays(12));
        keyed(meetings.record(draftOnly.club().id(), draft(held, draftOnly.people()), "test", AreaScope.nation()), 1,
                held.plusDays(2));
        figureWorker.drain();

        Map<String, Long> figures = values(indicators.of(COMMUNE, Period.month(month), Boundaries.RESTATED,
                AreaScope.nation()));
        assertThat(figures).containsEntry("BOOKS_EXPECTED", 4L).containsEntry("BOOKS_KEYED", 3L)
                .containsEntry("BOOKS_KEYED_ON_TIME", 1L);
        // Both maps count the books alike: a club founded after the reform is in the same commune on either.
        assertThat(values(indicators.of(COMMUNE, Period.month(month), Boundaries.AS_WAS, AreaScope.nation())))
                .containsEntry("BOOKS_EXPECTED", 4L).containsEntry("BOOKS_KEYED", 3L).containsEntry("BOOKS_KEYED_ON_TIME", 1L);

        RequestPostProcessor officer = officer();
        Document page = page("/meeting-books?area=" + COMMUNE + "&month=" + month, officer);
        assertThat(page.select("#books-keyed").text()).isEqualTo("Đã nhập: 3/4 sổ (75%)");
        assertThat(page.select("#books-on-time").text()).isEqualTo("Nhập đúng hạn: 1/4 sổ (25%)");
        String day = String.format("%02d/%02d/%d", held.getDayOfMonth(), held.getMonthValue(), held.getYear());
        assertThat(cells(page, onTime)).containsExactly(onTime.club().name(), day, format(held.plusDays(3)), "3", "Đúng hạn");
        assertThat(cells(page, late)).containsExactly(late.club().name(), day, format(held.plusDays(15)), "15", "Muộn");
        assertThat(cells(page, draftedThenFinished)).containsExactly(draftedThenFinished.club().name(), day,
                format(held.plusDays(12)), "12", "Muộn");
        assertThat(cells(page, draftOnly)).containsExactly(draftOnly.club().name(), "—", "—", "—", "Chưa nhập");
        assertThat(row(page, late).select("td").first().attr("data-label")).isEqualTo("Câu lạc bộ");

        Document province = page("/meeting-books?area=20&month=" + month, officer);
        Element commune = province.selectFirst("#books-below tr[data-area=" + COMMUNE + "]");
        assertThat(commune).isNotNull();
        assertThat(commune.child(0).text()).contains("Đồng Đăng");
        assertThat(commune.select("td").eachText()).containsExactly(commune.child(0).text(), "4", "3", "1");
        assertThat(commune.selectFirst("a").attr("href")).contains("area=" + COMMUNE);

        Document english = page("/meeting-books?area=" + COMMUNE + "&month=" + month + "&lang=en", officer);
        assertThat(row(english, late).select("td").last().text()).isEqualTo("Late");
        assertThat(page("/dashboard?area=" + COMMUNE, officer).selectFirst("#dashboard-books").attr("href"))
                .contains("/meeting-books?area=" + COMMUNE);
        assertThat(page("/dashboard?area=20", officer).selectFirst("#dashboard-books").attr("href"))
                .contains("/meeting-books?area=20");
        assertThat(mvc.get().uri("/meeting-books?area=25&month=" + month).with(officer).exchange()).hasStatus(403);
    }

    static MeetingEntry draft(LocalDate held, List<UUID> people) {
        return new MeetingEntry(null, null, held, "Nhà văn hoá thôn", null, null, 0, null,
                people.stream().map(p -> new MeetingEntry.Row(p, AttendanceStatus.PRESENT, null)).toList(), false, null);
    }

    /** The version of a meeting saved at noon on a day, in Vietnam. */
    void keyed(Meeting meeting, int version, LocalDate on) {
        jdbc.sql("update meeting_version set recorded_at = :at where meeting_id = :m and version = :v")
                .param("at", java.sql.Timestamp.from(on.atTime(LocalTime.NOON).atZone(VIETNAM).toInstant()))
                .param("m", meeting.id()).param("v", version).update();
        // Changed behind the modules' backs: the club is counted again, whether or not the figure worker
        // already counted it with the save's own time (a race that showed with the clock moved to 2027).
        jdbc.sql("insert into rpt_dirty (club_id) select club_id from meeting where id = :m")
                .param("m", meeting.id()).update();
    }

    RequestPostProcessor officer() {
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", BusinessCalendar.today(clock), AreaScope.nation()).id();
        String name = "so-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.PROVINCE_OFFICER, langSon, "mat-khau-dai-1", "Cán bộ tỉnh");
        return user(name).roles("PROVINCE_OFFICER");
    }

    Document page(String uri, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(uri).with(who).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element row(Document page, ClubWithMembers club) {
        Element row = page.selectFirst("#books-clubs tr[data-club=" + club.club().id() + "]");
        assertThat(row).as("row of %s", club.club().name()).isNotNull();
        return row;
    }

    static List<String> cells(Document page, ClubWithMembers club) {
        return row(page, club).select("td").eachText();
    }

    static String format(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static Map<String, Long> values(AreaFigures figures) {
        Map<String, Long> out = new java.util.HashMap<>();
        figures.figures().stream().filter(Figure::isTotal).forEach(f -> out.put(f.code(), f.value()));
        return out;
    }
}
