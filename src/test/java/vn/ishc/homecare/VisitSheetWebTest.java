package vn.ishc.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.homecare.HomeCareFixtures.aRecipient;
import static vn.ishc.homecare.HomeCareFixtures.aVolunteer;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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
import vn.ishc.shared.BusinessCalendar;

/**
 * The home-visit sheet printed for volunteers who write visits on paper: a volunteer gets their own
 * recipients only, with the care tasks and referral reasons to tick; the board gets every recipient of
 * the club; a partner gets nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VisitSheetWebTest {

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
    HomeCareTeam team;
    @Autowired
    CarePlans plans;

    @Test
    void aVolunteerPrintsTheSheetOfTheirOwnRecipientsAndTheBoardOfAll() throws IOException {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        UserView tnv = account(Role.HOMECARE_VOLUNTEER, club);
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", tnv.username());
        Volunteer binh = aVolunteer(team, club, "Lò Văn Bình", null);
        aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 2, PlanPeriod.WEEK, lan);
        aRecipient(team, plans, club, null, "Cụ Vi Văn Tư", LocalDate.of(2025, 9, 1), 1, PlanPeriod.WEEK, binh);
        // Taken into care, but with neither plan nor volunteer yet: on the club's sheet, on nobody's own.
        team.addRecipient(club.id(), new NewRecipient(null, null, "Cụ Lường Thị Nhất", "Xóm Dưới",
                java.util.Set.of(CareReason.FRAIL), LocalDate.of(2025, 9, 1)), "test", vn.ishc.shared.AreaScope.nation());
        RequestPostProcessor volunteer = user(tnv.username()).roles("HOMECARE_VOLUNTEER");
        String uri = "/clubs/" + club.id() + "/homecare/visit-sheet";

        assertThat(mvc.get().uri("/homecare/mine").with(volunteer)).bodyText().contains(uri + "?volunteer=" + lan.id());
        MvcTestResult pdf = mvc.get().uri(uri + ".pdf?volunteer=" + lan.id()).with(volunteer).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        String text = text(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("PHIẾU THĂM TẠI NHÀ", "Cụ Đinh Thị Mơ", "Tình nguyện viên: Hà Thị Lan", "Nấu ăn",
                "Dọn dẹp", "Ngã", "Sốt", "Thiếu ăn", "Trạm y tế xã", "2 lần/tuần").doesNotContain("Cụ Vi Văn Tư", "Cụ Lường Thị Nhất");
        // Without naming themselves, a volunteer still gets only their own; another's sheet is refused.
        assertThat(text(mvc.get().uri(uri + ".pdf").with(volunteer).exchange().getResponse().getContentAsByteArray()))
                .contains("Cụ Đinh Thị Mơ").doesNotContain("Cụ Vi Văn Tư");
        assertThat(mvc.get().uri(uri + "?volunteer=" + binh.id()).with(volunteer)).hasStatus(403);

        RequestPostProcessor board = user(account(Role.CLUB_BOARD, club).username()).roles("CLUB_BOARD");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/homecare").with(board)).bodyText().contains(uri);
        assertThat(text(mvc.get().uri(uri + ".pdf").with(board).exchange().getResponse().getContentAsByteArray()))
                .contains("Cụ Đinh Thị Mơ", "Cụ Vi Văn Tư", "Cụ Lường Thị Nhất", "Chưa có kế hoạch");
        assertThat(mvc.get().uri(uri + "?volunteer=" + binh.id()).with(board)).hasStatusOk().bodyText()
                .contains("Cụ Vi Văn Tư").doesNotContain("Cụ Đinh Thị Mơ");
    }

    @Test
    void aPartnerIsRefusedTheSheet() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        Volunteer lan = aVolunteer(team, club, "Hà Thị Lan", null);
        aRecipient(team, plans, club, null, "Cụ Đinh Thị Mơ", LocalDate.of(2025, 9, 1), 2, PlanPeriod.WEEK, lan);
        long province = GeographyFixtures.province(units, "20", BusinessCalendar.today(clock)).id();
        String name = "part-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, Role.PARTNER_VIEWER, province, "mat-khau-dai-1", "Đối tác");
        String uri = "/clubs/" + club.id() + "/homecare/visit-sheet";
        assertThat(mvc.get().uri(uri).with(user(name).roles("PARTNER_VIEWER"))).hasStatus(403);
        assertThat(mvc.get().uri(uri + ".pdf").with(user(name).roles("PARTNER_VIEWER"))).hasStatus(403);
        String officer = "prov-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, officer, Role.PROVINCE_OFFICER, province, "mat-khau-dai-1", "Cán bộ tỉnh");
        assertThat(mvc.get().uri(uri + ".pdf").with(user(officer).roles("PROVINCE_OFFICER"))).hasStatusOk();
    }

    UserView account(Role role, Club club) {
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView u = UserFixtures.create(accounts, role.name().toLowerCase().substring(0, 4) + "-"
                + UUID.randomUUID().toString().substring(0, 8), role, commune, "mat-khau-dai-1", "Người dùng");
        accounts.limitToClub(u.id(), club.id(), UserFixtures.ROOT);
        return u;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}
