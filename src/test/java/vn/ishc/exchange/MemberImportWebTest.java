package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.shared.AreaScope;

@SpringBootTest
@AutoConfigureMockMvc
class MemberImportWebTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MemberImports imports;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;

    Club club;
    String officer;

    @BeforeEach
    void setUp() {
        club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        long commune = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
        officer = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, officer, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
    }

    MockMultipartFile file(MemberSheets sheet) {
        return new MockMultipartFile("file", "thanh-vien.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.bytes());
    }

    MemberSheets oneBad() {
        return MemberSheets.sheet().member("Nguyễn Thị Lan", "31/12/1950", "")
                .member("Trần Thị Hoa", "31/02/1950", "");
    }

    @Test
    void uploadPreviewConfirmAndSeeTheMembersSaved() throws Exception {
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/members/import").with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyText().contains("Tải tệp mẫu").contains("template.xlsx");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/members/import/template.xlsx")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"mau-nhap-thanh-vien.xlsx\"");

        MvcTestResult upload = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart().file(file(oneBad()))
                .with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(upload).hasStatus3xxRedirection();
        String page = upload.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("Ngày sinh 31/02/1950 không hợp lệ.").contains("Lưu 1 dòng hợp lệ");
        assertThat(mvc.get().uri(page + "?lang=en").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk()
                .bodyText().contains("31/02/1950").contains("Save 1 valid rows");

        assertThat(mvc.post().uri(page + "/confirm").with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(page);
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        ImportFixtures.awaitEnd(imports, id, AreaScope.nation());
        assertThat(mvc.get().uri(page + "/progress").header("HX-Request", "true")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().hasHeader("HX-Refresh", "true");
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("Đã lưu xong: thêm 1 thành viên");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/members/import").with(user(officer).roles("COMMUNE_OFFICER")))
                .bodyText().contains("Nguyễn Thị Lan (1950)");
    }

    @Test
    void thePreviewNamesTheColumnsOfTheSheetThatAreNotRead() throws Exception {
        MvcTestResult upload = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                .file(file(MemberSheets.sheet().headed("STT", "Họ tên", "Giới", "Năm sinh", "Dân tộc", "Ngày vào hội", "Ghi chú")
                        .row(1, "Nguyễn Thị Lan", "Nữ", 1950, "Kinh", "01/03/2024", "tổ 3")))
                .with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(upload).hasStatus3xxRedirection();
        String page = upload.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("Lưu 1 dòng hợp lệ")
                .contains("Các cột sau không có trong mẫu nên không được đọc: &quot;STT&quot;, &quot;Ghi chú&quot;.");
        assertThat(mvc.get().uri(page + "?lang=en").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk()
                .bodyText().contains("These columns are not in the template and were not read: &quot;STT&quot;, &quot;Ghi chú&quot;.");

        MvcTestResult plain = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart().file(file(oneBad()))
                .with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(mvc.get().uri(plain.getResponse().getRedirectedUrl()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyText().doesNotContain("không được đọc");
    }

    @Test
    void aHeldRowShowsBothVersionsAndIsSavedOnlyWhenTicked() throws Exception {
        String id = String.format("0%011d", java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000_000L));
        ImportFixtures.awaitEnd(imports, imports.confirm(ImportFixtures.preview(imports, club.id(), MemberSheets.sheet()
                .member("Nguyễn Thị Lan", "31/12/1950", id), AreaScope.nation()).id(), "test", AreaScope.nation()).id(),
                AreaScope.nation());

        MvcTestResult upload = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                .file(file(MemberSheets.sheet().member("Trần Văn Hùng", "1948", id).member("Lê Thị Mai", "1949", "")))
                .with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        String page = upload.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("CCCD trùng nhưng họ tên, năm sinh khác")
                .contains("Trần Văn Hùng").contains("1948").contains("Nguyễn Thị Lan").contains("31/12/1950")
                .contains("name=\"held\"").contains("value=\"2\"").contains("data-label=");
        assertThat(mvc.get().uri(page + "?lang=en").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk()
                .bodyText().contains("Same citizen ID but another name or birth year");

        assertThat(mvc.post().uri(page + "/confirm").param("held", "2").with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatus3xxRedirection();
        ImportBatch done = ImportFixtures.awaitEnd(imports, UUID.fromString(page.substring(page.lastIndexOf('/') + 1)),
                AreaScope.nation());
        assertThat(java.util.List.of(done.toAdd(), done.toUpdate())).containsExactly(1, 1);

        MvcTestResult again = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                .file(file(MemberSheets.sheet().member("Phạm Văn Tư", "1947", id))).with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        String second = again.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(second + "/confirm").with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatus3xxRedirection();
        ImportFixtures.awaitEnd(imports, UUID.fromString(second.substring(second.lastIndexOf('/') + 1)), AreaScope.nation());
        assertThat(mvc.get().uri(second).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("1 dòng CCCD trùng nhưng họ tên, năm sinh khác không được đánh dấu nên không lưu.");
    }

    @Test
    void theImportPageStatesTheLimitsOfAnUpload() {
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/members/import").with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyText().contains("Mỗi lần nhập: một tệp .xlsx đến 10 MB, tối đa 10.000 dòng thành viên.");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/members/import?lang=en")
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("Each import: one .xlsx file of up to 10 MB, at most 10,000 member rows.");
    }

    @Test
    void aBusyServerAsksTheUploaderToTryAgainOnThePageAndInTheApi() throws Exception {
        try (ImportFixtures.Reading reading = ImportFixtures.reading(imports, club.id(), AreaScope.nation(),
                imports.limits().readsAtOnce())) {
            MvcTestResult page = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                    .file(file(oneBad())).with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
            assertThat(page).hasStatus(503).hasHeader("Retry-After", "30").bodyText()
                    .contains("Hệ thống đang đọc các tệp khác được tải lên cùng lúc; hãy tải lên lại sau khoảng nửa phút.")
                    .contains("import-upload");
            MvcTestResult api = mvc.post().uri("/api/v1/clubs/" + club.id() + "/members/imports").with(csrf()).multipart()
                    .file(file(oneBad())).header("Accept-Language", "en").with(user(officer).roles("COMMUNE_OFFICER"))
                    .exchange();
            assertThat(api).hasStatus(503).hasHeader("Retry-After", "30").bodyJson().extractingPath("$.detail")
                    .asString().startsWith("The system is reading other files uploaded at the same time");
            reading.finish();
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedOnThePageAndInTheApiInTheReadersLanguage() {
        var text = new MockMultipartFile("file", "ds.csv", "text/csv", "Họ và tên\nLan\n".getBytes());
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart().file(text).with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatus(422).bodyText()
                .contains("không phải bảng tính Excel .xlsx");
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/members/imports").multipart().file(text)
                .header("Accept-Language", "en").with(user(officer).roles("COMMUNE_OFFICER")).with(csrf()))
                .hasStatus(422).bodyJson().extractingPath("$.detail").asString().contains("not an Excel .xlsx workbook");
    }

    @Test
    void theApiPreviewsConfirmsAndReportsProgress() throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/clubs/" + club.id() + "/members/imports").multipart().file(file(oneBad()))
                .header("Accept-Language", "en").with(user(officer).roles("COMMUNE_OFFICER")).with(csrf()).exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.toAdd").isEqualTo(1);
        assertThat(created).bodyJson().extractingPath("$.refusals[0].row").isEqualTo(3);
        assertThat(created).bodyJson().extractingPath("$.refusals[0].column").isEqualTo("Ngày sinh (ngày/tháng/năm hoặc năm)");
        assertThat(created).bodyJson().extractingPath("$.refusals[0].value").isEqualTo("31/02/1950");
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        assertThat(mvc.post().uri("/api/v1/imports/" + id + "/confirm").with(user(officer).roles("COMMUNE_OFFICER")).with(csrf()))
                .hasStatus(202).bodyJson().extractingPath("$.progressUrl").isEqualTo("/api/v1/imports/" + id);
        ImportFixtures.awaitEnd(imports, UUID.fromString(id), AreaScope.nation());
        assertThat(mvc.get().uri("/api/v1/imports/" + id).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SAVED");
        assertThat(mvc.get().uri("/api/v1/imports/" + id).with(user(officer).roles("HOMECARE_VOLUNTEER")))
                .hasStatus(403);
    }

    @Test
    void aProvinceOfficerSeesCitizenIdsInTheRefusalsOfAnImportMasked() throws Exception {
        var c = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3));
        String provincial = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, provincial, Role.PROVINCE_OFFICER,
                GeographyFixtures.province(units, c.parentCode(), GeographyFixtures.AFTER_REFORM).id(),
                "mat-khau-dai-1", "Cán bộ tỉnh");
        var asProvince = user(provincial).roles("PROVINCE_OFFICER");
        MemberSheets twice = MemberSheets.sheet().member("Nguyễn Thị Lan", "31/12/1950", "006150012345")
                .member("Trần Thị Hoa", "01/01/1951", "006150012345")
                .member("Lý Thị Mai", "01/01/1952", "00615001234");

        MvcTestResult upload = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart().file(file(twice))
                .with(csrf()).with(asProvince).exchange();
        assertThat(upload).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(upload.getResponse().getRedirectedUrl()).with(asProvince)).hasStatusOk().bodyText()
                .contains("006****1234").doesNotContain("006150012345").doesNotContain("00615001234");
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/members/imports").multipart().file(file(twice))
                .with(csrf()).with(asProvince)).hasStatus(201).bodyText()
                .contains("006****1234").doesNotContain("006150012345").doesNotContain("00615001234");

        MvcTestResult byCommune = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                .file(file(twice)).with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(mvc.get().uri(byCommune.getResponse().getRedirectedUrl()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyText().contains("00615001234");
    }
}
