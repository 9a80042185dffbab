package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.programme.TargetWebTest.html;

import java.util.UUID;
import org.jsoup.nodes.Document;
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

/** The trainings and awards pages as officers and partners use them, and their API. */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingWebTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    Members members;

    RequestPostProcessor as(Role role, Long unitId) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, role, unitId, "mat-khau-dai-1", "Người dùng thử");
        return user(name).roles(role.name());
    }

    long langSon() {
        return GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id();
    }

    @Test
    void aProvinceOfficerRecordsACourseAndFillsInItsParticipantsFromAClubOrByName() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Hoàng Thị Thu", "Vy Văn Sáng");
        var officer = as(Role.PROVINCE_OFFICER, langSon());
        Document list = html(mvc.get().uri("/trainings").with(officer).exchange());
        assertThat(list.select("nav a[href=/trainings]")).hasSize(1);
        assertThat(list.select("nav a[href=/awards]")).hasSize(1);
        assertThat(list.select("#c-area option").eachText()).contains("Tỉnh Lạng Sơn", "— Xã Quốc Việt")
                .doesNotContain("Tỉnh Phú Thọ");
        assertThat(list.select("#c-kind option").eachText()).contains("Ban chủ nhiệm CLB", "Giảng viên nguồn (ToT)");

        assertThat(mvc.post().uri("/trainings").with(officer).with(csrf()).param("title", "Tập huấn Phú Thọ")
                .param("kind", "CLUB_BOARD").param("areaPath", "25").param("startsOn", "2025-03-10")
                .param("endsOn", "2025-03-12")).hasStatus(403);
        assertThat(mvc.post().uri("/trainings").with(officer).with(csrf()).param("title", "Tập huấn BCN")
                .param("kind", "CLUB_BOARD").param("areaPath", "20").param("startsOn", "2025-03-12")
                .param("endsOn", "2025-03-10")).hasStatusOk().bodyText()
                .contains("Ngày kết thúc 10/03/2025 ở trước ngày bắt đầu 12/03/2025.");
        MvcTestResult saved = mvc.post().uri("/trainings").with(officer).with(csrf()).param("id", UUID.randomUUID().toString())
                .param("title", "Tập huấn ban chủ nhiệm CLB tỉnh Lạng Sơn").param("kind", "CLUB_BOARD").param("areaPath", "20")
                .param("startsOn", "2025-03-10").param("endsOn", "2025-03-12").param("place", "Hội trường Hội NCT tỉnh")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String page = saved.getResponse().getRedirectedUrl();
        Document course = html(mvc.get().uri(page).with(officer).exchange());
        assertThat(course.select("#facts").text()).contains("Ban chủ nhiệm CLB").contains("Cấp tỉnh — Tỉnh Lạng Sơn")
                .contains("10/03/2025 – 12/03/2025").contains("Hội trường Hội NCT tỉnh");
        assertThat(course.select("#p-club option").eachText()).contains(club.club().name());

        MvcTestResult picked = mvc.get().uri(page + "?clubId=" + club.club().id()).header("HX-Request", "true")
                .with(officer).exchange();
        Document pick = html(picked);
        assertThat(pick.select("#member-pick")).hasSize(1);
        assertThat(pick.select("h1")).isEmpty();
        assertThat(pick.select("#p-person option").eachText()).containsExactly("Hoàng Thị Thu (1952)", "Vy Văn Sáng (1952)");

        String thu = club.person(0).toString();
        assertThat(mvc.post().uri(page + "/participants").with(officer).with(csrf()).param("clubId", club.club().id().toString())
                .param("personId", thu)).hasStatus3xxRedirection().flash().containsEntry("notice", "Đã thêm người tham dự.");
        assertThat(mvc.post().uri(page + "/participants").with(officer).with(csrf()).param("clubId", club.club().id().toString())
                .param("personId", thu)).hasStatus3xxRedirection().flash().containsEntry("failure",
                "Hoàng Thị Thu đã có trong danh sách khoá “Tập huấn ban chủ nhiệm CLB tỉnh Lạng Sơn”: mỗi người chỉ ghi một lần.");
        assertThat(mvc.post().uri(page + "/participants").with(officer).with(csrf()).param("fullName", "Nguyễn Thị Hằng")
                .param("sex", "F").param("organisation", "Trạm y tế xã Quốc Việt")).hasStatus3xxRedirection();

        Document filled = html(mvc.get().uri(page + "?clubId=" + club.club().id()).with(officer).exchange());
        assertThat(filled.select("#participants").text()).isEqualTo("Người tham dự (2)");
        assertThat(filled.select("#roster").text()).contains("Hoàng Thị Thu").contains(club.club().name())
                .contains("Nguyễn Thị Hằng").contains("Nữ").contains("Trạm y tế xã Quốc Việt");
        assertThat(filled.select("#p-person option").eachText()).containsExactly("Vy Văn Sáng (1952)");
        String remove = filled.select("#roster form").first().attr("action");
        assertThat(mvc.post().uri(remove).with(officer).with(csrf())).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(page).with(officer).exchange()).select("#participants").text())
                .isEqualTo("Người tham dự (1)");

        String version = filled.select("#correct-form input[name=version]").val();
        assertThat(mvc.post().uri(page).with(officer).with(csrf()).param("version", version)
                .param("title", "Tập huấn ban chủ nhiệm CLB khoá 1").param("kind", "CLUB_BOARD").param("areaPath", "20")
                .param("startsOn", "2025-03-10").param("endsOn", "2025-03-13")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(page).with(officer).with(csrf()).param("version", version)
                .param("title", "Tập huấn ban chủ nhiệm CLB khoá 2").param("kind", "CLUB_BOARD").param("areaPath", "20")
                .param("startsOn", "2025-03-10").param("endsOn", "2025-03-13")).hasStatusOk().bodyText()
                .contains("vừa được người khác sửa");
        assertThat(mvc.post().uri(page + "/cancel").with(officer).with(csrf()).param("reason", "Trùng lịch"))
                .hasStatus3xxRedirection();
        Document cancelled = html(mvc.get().uri(page).with(officer).exchange());
        assertThat(cancelled.select("h1").text()).isEqualTo("Tập huấn ban chủ nhiệm CLB khoá 1");
        assertThat(cancelled.select("#cancelled").text()).contains("Trùng lịch");
        assertThat(cancelled.select("#correct-form")).isEmpty();
    }

    @Test
    void aPartnerReadsCoursesAndNumbersWithoutNamesAndRecordsNothing() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Bế Thị Lụa");
        var admin = as(Role.NATIONAL_ADMIN, null);
        MvcTestResult created = mvc.post().uri("/api/v1/trainings").with(csrf()).with(admin).contentType("application/json")
                .content("""
                        {"title":"Tập huấn giảng viên nguồn toàn quốc","kind":"TRAINERS","areaPath":"",
                         "startsOn":"2025-05-06","endsOn":"2025-05-08","place":"Hà Nội"}""").exchange();
        String location = created.getResponse().getHeader("Location");
        assertThat(mvc.post().uri(location + "/participants").with(csrf()).with(admin).contentType("application/json")
                .content("{\"clubId\":\"" + club.club().id() + "\",\"personId\":\"" + club.person(0) + "\"}"))
                .hasStatus(201);

        var partner = as(Role.PARTNER_VIEWER, null);
        Document list = html(mvc.get().uri("/trainings?year=2025").with(partner).exchange());
        assertThat(list.select("#courses").text()).contains("Tập huấn giảng viên nguồn toàn quốc").contains("Toàn quốc");
        assertThat(list.select("#course-form")).isEmpty();
        Document page = html(mvc.get().uri(location.replace("/api/v1", "")).with(partner).exchange());
        assertThat(page.select("#participants").text()).isEqualTo("Người tham dự (1)");
        assertThat(page.text()).doesNotContain("Bế Thị Lụa");
        assertThat(mvc.get().uri(location).with(partner)).hasStatusOk().bodyText().doesNotContain("Bế Thị Lụa");
        assertThat(mvc.post().uri("/trainings").with(partner).with(csrf()).param("title", "x")).hasStatus(403);
        assertThat(mvc.get().uri("/trainings").with(as(Role.CLUB_BOARD,
                GeographyFixtures.communeToday(units, "06058").id()))).hasStatus(403);
    }

    @Test
    void theApiRecordsACourseRefusesAPersonTwiceNamingThemAndCorrectsAtTheVersionRead() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Triệu Thị Nga");
        var officer = as(Role.PROVINCE_OFFICER, langSon());
        MvcTestResult created = mvc.post().uri("/api/v1/trainings").with(csrf()).with(officer).contentType("application/json")
                .content("""
                        {"title":"Tập huấn cán bộ Hội cơ sở","kind":"OFFICERS","areaPath":"20.06058",
                         "startsOn":"2025-10-01","endsOn":"2025-10-02"}""").exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.level").isEqualTo("COMMUNE");
        String location = created.getResponse().getHeader("Location");
        String member = "{\"clubId\":\"" + club.club().id() + "\",\"personId\":\"" + club.person(0) + "\"}";
        assertThat(mvc.post().uri(location + "/participants").with(csrf()).with(officer).contentType("application/json").content(member))
                .hasStatus(201).bodyJson().extractingPath("$.fullName").isEqualTo("Triệu Thị Nga");
        assertThat(mvc.post().uri(location + "/participants").with(csrf()).with(officer).header("Accept-Language", "en")
                .contentType("application/json").content(member)).hasStatus(422).bodyText()
                .contains("Triệu Thị Nga is already on the list of the course");
        assertThat(mvc.post().uri(location + "/participants").with(csrf()).with(officer).contentType("application/json")
                .content("{\"fullName\":\"Lý Văn Hùng\",\"sex\":\"M\",\"organisation\":\"Hội NCT xã\"}")).hasStatus(201);
        assertThat(mvc.get().uri(location).with(officer)).hasStatusOk().bodyJson().extractingPath("$.participants[*].fullName")
                .asArray().containsExactly("Lý Văn Hùng", "Triệu Thị Nga");
        assertThat(mvc.get().uri("/api/v1/trainings?year=2025").with(officer)).hasStatusOk().bodyJson()
                .extractingPath("$[*].title").asArray().contains("Tập huấn cán bộ Hội cơ sở");

        String correction = """
                {"version":%d,"title":"Tập huấn cán bộ Hội cơ sở khoá 2","kind":"OFFICERS","areaPath":"20.06058",
                 "startsOn":"2025-10-01","endsOn":"2025-10-03"}""";
        assertThat(mvc.put().uri(location).with(csrf()).with(officer).contentType("application/json").content(correction.formatted(0)))
                .hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(mvc.put().uri(location).with(csrf()).with(officer).contentType("application/json").content(correction.formatted(0)))
                .hasStatus(422);
        assertThat(mvc.post().uri(location + "/cancellation").with(csrf()).with(officer).contentType("application/json")
                .content("{\"reason\":\"Hoãn sang năm sau\"}")).hasStatusOk().bodyJson().extractingPath("$.cancelled")
                .isEqualTo(true);

        var phuTho = as(Role.PROVINCE_OFFICER, GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id());
        assertThat(mvc.get().uri(location).with(phuTho)).hasStatus(403);
    }

    @Test
    void awardsAreRecordedOnThePageAndThroughTheApiAndListedForTheArea() {
        var club = ProgrammeFixtures.aLangSonClub(clubs, villages, units, members, "Ma Thị Hiền");
        var officer = as(Role.PROVINCE_OFFICER, langSon());
        Document empty = html(mvc.get().uri("/awards").with(officer).exchange());
        assertThat(empty.select("#a-area option").eachText()).contains("Tỉnh Lạng Sơn").doesNotContain("Toàn quốc");
        Document pick = html(mvc.get().uri("/awards?clubId=" + club.club().id()).header("HX-Request", "true").with(officer)
                .exchange());
        assertThat(pick.select("#a-person option").eachText()).contains("Ma Thị Hiền (1952)");

        String decision = "2" + UUID.randomUUID().toString().substring(0, 5) + "/QĐ-HNCT";
        assertThat(mvc.post().uri("/awards").with(officer).with(csrf()).param("givenOn", "2025-04-10")
                .param("issuer", "Hội NCT tỉnh Lạng Sơn").param("decisionNumber", decision).param("areaPath", "20")
                .param("recipientKind", "MEMBER").param("clubId", club.club().id().toString())
                .param("personId", club.person(0).toString())).hasStatus3xxRedirection().flash()
                .containsEntry("notice", "Đã lưu khen thưởng.");
        assertThat(mvc.post().uri("/awards").with(officer).with(csrf()).param("givenOn", "2025-04-10")
                .param("issuer", "Hội NCT tỉnh Lạng Sơn").param("decisionNumber", "").param("areaPath", "20")
                .param("recipientKind", "BODY").param("recipientName", "Hội NCT xã Quốc Việt")).hasStatusOk().bodyText()
                .contains("Cần nhập số quyết định khen thưởng.");
        assertThat(html(mvc.get().uri("/awards?year=2025").with(officer).exchange()).select("#awards").text())
                .contains("Ma Thị Hiền").contains(decision).contains("Cấp tỉnh");

        MvcTestResult created = mvc.post().uri("/api/v1/awards").with(csrf()).with(officer).contentType("application/json")
                .content("""
                        {"givenOn":"2025-04-10","issuer":"Hội NCT tỉnh Lạng Sơn","decisionNumber":"%s","areaPath":"20",
                         "recipientKind":"CLUB","clubId":"%s"}""".formatted(decision, club.club().id())).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.recipientName").isEqualTo(club.club().name());
        assertThat(mvc.get().uri(created.getResponse().getHeader("Location")).with(officer)).hasStatusOk();
        var partner = as(Role.PARTNER_VIEWER, langSon());
        assertThat(mvc.get().uri("/api/v1/awards?year=2025").with(partner)).hasStatusOk().bodyText()
                .contains(club.club().name()).doesNotContain("Ma Thị Hiền");
        assertThat(mvc.post().uri("/api/v1/awards").with(csrf()).with(partner).contentType("application/json").content("{}"))
                .hasStatus(403);
    }
}
