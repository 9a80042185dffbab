package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** The annual summary of a commune and of the nation, as a page and as a PDF with its Vietnamese text whole. */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualSummaryWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FigureWorker worker;
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


    @Test
    void aCommunesYearPrintsWithItsClubsFiguresAndTheNationsBesideItsTargets() throws IOException {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06418", LocalDate.of(2024, 5, 2));
        for (String name : new String[] {"Hoàng Thị Nguyệt", "Lường Thị Ước", "Đàm Văn Quyết"}) {
            members.enrol(null, new PersonDetails(name, name.contains("Thị") ? "F" : "M", "1956", "Tày", "POOR", null, null,
                    null, false, false, null, null, null), club.id(), club.foundedOn(), "t", AreaScope.nation());
        }
        worker.drain();
        var officer = user(UserFixtures.create(accounts, "tinh-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.PROVINCE_OFFICER, units.at(AdminUnit.Level.PROVINCE, "20", vn.ishc.shared.BusinessCalendar.today(clock), AreaScope.nation()).id(),
                "mat-khau-dai-1", "Cán bộ tỉnh").username()).roles("PROVINCE_OFFICER");

        assertThat(mvc.get().uri("/reports/annual?area=20.06415&year=2025&boundaries=RESTATED").with(officer))
                .hasStatusOk().bodyText().contains("BÁO CÁO TỔNG KẾT NĂM 2025").contains("Xã Vân Nham")
                .contains("Quy đổi theo địa giới hành chính hiện nay").contains(club.name());
        var page = org.jsoup.Jsoup.parse(mvc.get().uri("/reports/annual?area=20.06415&year=2025&boundaries=RESTATED")
                .with(officer).exchange().getResponse().getContentAsString());
        assertThat(page.select("#figure-CLUBS_ACTIVE td.money").text()).isEqualTo("1");
        assertThat(page.select("#figure-MEMBERS td.money").text()).isEqualTo("3");
        var pdf = mvc.get().uri("/reports/annual.pdf?area=20.06415&year=2025&boundaries=RESTATED").with(officer).exchange();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = text(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("BÁO CÁO TỔNG KẾT NĂM 2025").contains("Xã Vân Nham").contains("CLB đang hoạt động")
                .contains("Thành viên").contains("Nữ").contains("Hộ nghèo 3");
        // 2024 on the map of the time: the club under its old commune of the district of Văn Quan.
        var old = org.jsoup.Jsoup.parse(mvc.get().uri("/reports/annual?area=20.186.06418&year=2024").with(officer).exchange()
                .getResponse().getContentAsString());
        assertThat(old.select("#figure-CLUBS_NEW td.money").text()).isEqualTo("1");
        assertThat(old.text()).contains("Theo địa giới hành chính tại thời điểm cuối kỳ");
        assertThat(mvc.get().uri("/reports/annual?area=20.999&year=2024").with(officer)).hasStatus(404);
        // Another province is not the officer's.
        assertThat(mvc.get().uri("/reports/annual?area=25&year=2025").with(officer)).hasStatus(403);

        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        var admin = user(UserFixtures.create(accounts, "qt-" + suffix, Role.NATIONAL_ADMIN, null, "mat-khau-dai-1",
                "Quản trị").username()).roles("NATIONAL_ADMIN");
        assertThat(mvc.get().uri("/reports/annual?year=2025&boundaries=RESTATED").with(admin)).hasStatusOk().bodyText()
                .contains("Toàn quốc").contains("Tiến độ so với chỉ tiêu").contains("1648/QĐ-TTg");
        var board = user(UserFixtures.create(accounts, "bcn-" + suffix, Role.CLUB_BOARD,
                GeographyFixtures.communeToday(units, "06415").id(), "mat-khau-dai-1", "Chủ nhiệm").username())
                .roles("CLUB_BOARD");
        assertThat(mvc.get().uri("/reports/annual?area=20.06415&year=2025").with(board)).hasStatus(403);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}
