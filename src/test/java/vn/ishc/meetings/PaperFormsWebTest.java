package vn.ishc.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The monthly meeting register printed for a club that keeps its books on paper: the members come in
 * the order the meeting grid lists them, so the officer keys the paper straight back into the grid;
 * partners, who see no names, are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaperFormsWebTest {

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
    MeetingCalendar calendar;
    @Autowired
    UserAccounts accounts;

    @Test
    void theRegisterPdfListsTheMembersInTheOrderOfTheMeetingGrid() throws IOException {
        LocalDate founded = BusinessCalendar.today(clock).minusMonths(3).withDayOfMonth(1);
        var club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06112", founded, 12);
        RequestPostProcessor board = as(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06112").id());
        LocalDate due = calendar.lastMeetingDay(club.club().id(), AreaScope.nation());

        String grid = mvc.get().uri("/clubs/" + club.club().id() + "/meetings/new?layout=grid&date=" + due).with(board)
                .exchange().getResponse().getContentAsString();
        List<String> gridOrder = Jsoup.parse(grid).select("table.grid td.name > span").eachText();
        assertThat(gridOrder).containsExactlyInAnyOrderElementsOf(club.names());
        // Enrolled in another order than the grid's, so that a register in enrolment order would fail.
        assertThat(gridOrder).isNotEqualTo(club.names());

        MvcTestResult pdf = mvc.get().uri("/clubs/" + club.club().id() + "/meetings/register.pdf?month=" + YearMonth.from(due))
                .with(board).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("so-sinh-hoat");
        String text = text(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("SỔ SINH HOẠT THÁNG", club.club().name(),
                "Tháng " + due.getMonthValue() + " năm " + due.getYear(), "Có mặt", "Vắng", "Đóng phí", "Trả nợ vay");
        assertThat(positions(text, gridOrder)).isSorted().doesNotContain(-1);

        String page = mvc.get().uri("/clubs/" + club.club().id() + "/meetings/register?month=" + YearMonth.from(due))
                .with(board).exchange().getResponse().getContentAsString();
        List<Element> rows = Jsoup.parse(page).select("#register tbody tr.member-row");
        assertThat(rows).extracting(r -> r.selectFirst(".member-name").text()).containsExactlyElementsOf(gridOrder);
        assertThat(Jsoup.parse(page).select("#register tbody tr.new-member")).hasSize(8);
    }

    @Test
    void aPartnerAndAVolunteerAreRefusedTheRegister() {
        LocalDate founded = BusinessCalendar.today(clock).minusMonths(3).withDayOfMonth(1);
        var club = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06112", founded, 3);
        long province = GeographyFixtures.province(units, "20", BusinessCalendar.today(clock)).id();
        String uri = "/clubs/" + club.club().id() + "/meetings/register";
        RequestPostProcessor partner = as(Role.PARTNER_VIEWER, province);
        assertThat(mvc.get().uri(uri).with(partner)).hasStatus(403);
        assertThat(mvc.get().uri(uri + ".pdf").with(partner)).hasStatus(403);
        assertThat(mvc.get().uri(uri + ".pdf").with(as(Role.HOMECARE_VOLUNTEER,
                GeographyFixtures.communeToday(units, "06112").id()))).hasStatus(403);
        assertThat(mvc.get().uri(uri + ".pdf").with(as(Role.PROVINCE_OFFICER, province))).hasStatusOk();
    }

    /** Where each name first appears in the text, in the order given. */
    static List<Integer> positions(String text, List<String> names) {
        List<Integer> at = new ArrayList<>();
        for (String name : names) {
            at.add(text.indexOf(name));
        }
        return at;
    }

    RequestPostProcessor as(Role role, long unit) {
        String name = role.name().toLowerCase().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, role, unit, "mat-khau-dai-1", "Người in sổ");
        return user(name).roles(role.name());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}
