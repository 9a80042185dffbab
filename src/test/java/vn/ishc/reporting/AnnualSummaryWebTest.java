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
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
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
    @Autowired
    Meetings meetings;
    @Autowired
    Indicators indicators;


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

    @Test
    void aYearAcrossTheReformOnTheMapAsItWasKeepsTheFirstHalfOfTheProvincesMergedInto() throws IOException {
        // A club of old Hòa Bình (Phường Đồng Tiến, now in Phú Thọ) that met in March 2025.
        Club club = ClubFixtures.aClub(clubs, villages, units, "04804", LocalDate.of(2024, 5, 2));
        var mai = members.enrol(null, new PersonDetails("Bùi Thị Mai", "F", "1955", "Mường", "POOR", null, null, null,
                false, false, null, null, null), club.id(), club.foundedOn(), "t", AreaScope.nation());
        meetings.record(club.id(), new MeetingEntry(null, null, LocalDate.of(2025, 3, 15), "Nhà văn hoá", "Tăng huyết áp",
                null, 0, null, java.util.List.of(new MeetingEntry.Row(mai.person().id(), AttendanceStatus.PRESENT, null))),
                "t", AreaScope.nation());
        worker.drain();
        var admin = user(UserFixtures.create(accounts, "qt-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, "mat-khau-dai-1", "Quản trị").username()).roles("NATIONAL_ADMIN");

        // The nation: old Hòa Bình is a row of 2025 and of May to August, for its months.
        for (String uri : new String[] {"/reports/annual?year=2025", "/dashboard?period=2025&boundaries=AS_WAS",
                "/dashboard?period=2025-05..2025-08&boundaries=AS_WAS"}) {
            assertThat(mvc.get().uri(uri).with(admin)).as(uri).hasStatusOk().bodyText().contains("Tỉnh Hoà Bình");
        }
        for (String uri : new String[] {"/api/v1/indicators?period=2025", "/api/v1/indicators.xlsx?period=2025",
                "/api/v1/indicators.adx?period=2025", "/api/v1/indicators.json?period=2025",
                "/api/v1/indicators?period=2025-05..2025-08"}) {
            assertThat(mvc.get().uri(uri).with(admin)).as(uri).hasStatusOk();
        }
        var nationPdf = mvc.get().uri("/reports/annual.pdf?year=2025").with(admin).exchange();
        assertThat(nationPdf.getResponse().getStatus()).isEqualTo(200);
        // A name may be broken over two lines of a cell.
        assertThat(text(nationPdf.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ")).contains("Tỉnh Hoà Bình");

        // Phú Thọ: its own figure counts Hòa Bình's clubs from 1 July; Hòa Bình's months before are a row of their own.
        long hoaBinh = indicators.total("17", Period.year(2025), Boundaries.AS_WAS, AreaScope.nation(), "MEETINGS_HELD");
        assertThat(hoaBinh).isPositive();
        var page = org.jsoup.Jsoup.parse(mvc.get().uri("/reports/annual?area=25&year=2025").with(admin).exchange()
                .getResponse().getContentAsString());
        var row = page.select("#merged tbody tr").stream().filter(r -> r.child(0).text().startsWith("Tỉnh Hoà Bình"))
                .findFirst().orElseThrow();
        // The columns: clubs active, members, meetings held, members measured, loans outstanding.
        assertThat(row.select("td.money").get(2).text())
                .isEqualTo(String.valueOf(hoaBinh));
        assertThat(page.select("#merged tbody tr").eachText()).anyMatch(t -> t.startsWith("Tỉnh Vĩnh Phúc"))
                .noneMatch(t -> t.startsWith("Tỉnh Phú Thọ"));
        // Its own and the merged provinces' months are all the meetings of its clubs, as restated.
        long own = indicators.total("25", Period.year(2025), Boundaries.AS_WAS, AreaScope.nation(), "MEETINGS_HELD");
        long merged = indicators.mergedInto("25", Period.year(2025), Boundaries.AS_WAS, AreaScope.nation()).stream()
                .flatMap(f -> f.figures().stream()).filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                .mapToLong(Figure::value).sum();
        assertThat(own + merged).isEqualTo(
                indicators.total("25", Period.year(2025), Boundaries.RESTATED, AreaScope.nation(), "MEETINGS_HELD"));
        var pdf = mvc.get().uri("/reports/annual.pdf?area=25&year=2025").with(admin).exchange();
        assertThat(text(pdf.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ")).contains("Tỉnh Hoà Bình");
        // Restated, nothing was merged: the clubs are Phú Thọ's all year.
        assertThat(indicators.mergedInto("25", Period.year(2025), Boundaries.RESTATED, AreaScope.nation())).isEmpty();
        assertThat(indicators.mergedInto("25", Period.year(2024), Boundaries.AS_WAS, AreaScope.nation())).isEmpty();
    }

    @Test
    void theMembersByAgeRunFromTheYoungestBandToTheOldestOnThePageAndInThePdf() throws IOException {
        Club club = ClubFixtures.aClub(clubs, villages, units, "05977", LocalDate.of(2024, 5, 2));
        for (String year : new String[] {"1940", "1985", "1950", "1968", "1960"}) {
            members.enrol(null, new PersonDetails("Nông Văn Tuổi " + year, "M", year, "Tày", "OTHER", null, null, null,
                    false, false, null, null, null), club.id(), club.foundedOn(), "t", AreaScope.nation());
        }
        worker.drain();
        var admin = user(UserFixtures.create(accounts, "qt-tuoi-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, "mat-khau-dai-1", "Quản trị").username()).roles("NATIONAL_ADMIN");
        String uri = "/reports/annual?area=20.05977&year=2025&boundaries=RESTATED";
        var page = org.jsoup.Jsoup.parse(mvc.get().uri(uri).with(admin).exchange().getResponse().getContentAsString());
        java.util.List<String> bands = java.util.List.of("Dưới 55 tuổi", "55–59 tuổi", "60–69 tuổi", "70–79 tuổi",
                "Từ 80 tuổi trở lên");
        assertThat(page.select("#members-by td:first-child").eachText()).filteredOn(bands::contains)
                .containsExactlyElementsOf(bands);
        String pdf = text(mvc.get().uri(uri.replace("annual?", "annual.pdf?")).with(admin).exchange().getResponse()
                .getContentAsByteArray());
        assertThat(bands.stream().map(pdf::indexOf).toList()).doesNotContain(-1).isSorted();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}
