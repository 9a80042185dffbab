package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.shared.AreaScope;

/** The targets page as national and provincial officers use it, and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class TargetWebTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    Targets targets;

    RequestPostProcessor as(Role role, Long unitId) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, role, unitId, "mat-khau-dai-1", "Người dùng thử");
        return user(name).roles(role.name());
    }

    long langSon() {
        return GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id();
    }

    @Test
    void aNationalAdministratorRecordsANationalTargetAndSharesItAmongProvincesWithinItsValue() {
        var admin = as(Role.NATIONAL_ADMIN, null);
        Document list = html(mvc.get().uri("/targets").with(admin).exchange());
        assertThat(list.select("#targets").text()).contains("1336/QĐ-TTg").contains("1648/QĐ-TTg")
                .contains("CLB mới thành lập").contains("ít nhất 3.000").contains("CLB hoạt động đủ 8 nội dung")
                .contains("ít nhất 70 % của CLB đang hoạt động").contains("2021–2025").doesNotContain("CLUBS_");
        assertThat(list.select("#f-code option").eachText()).contains("CLB mới thành lập").noneMatch(t -> t.contains("CLUBS_"));
        assertThat(html(mvc.get().uri("/targets?lang=en").with(admin).exchange()).select("#targets").text())
                .contains("New clubs").doesNotContain("CLUBS_");

        String number = "7" + UUID.randomUUID().toString().substring(0, 5) + "/QĐ-TTg";
        MvcTestResult saved = mvc.post().uri("/targets").with(admin).with(csrf()).param("id", UUID.randomUUID().toString())
                .param("areaPath", "").param("code", "clubs_new").param("first", "2026-01").param("last", "2030-12")
                .param("measure", "COUNT").param("direction", "AT_LEAST").param("value", "1.000")
                .param("documentKind", "NATIONAL_DECISION").param("documentNumber", number)
                .param("documentIssuedOn", "2026-01-15").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String page = saved.getResponse().getRedirectedUrl();
        Document target = html(mvc.get().uri(page).with(admin).exchange());
        assertThat(target.select("#facts").text()).contains("Toàn quốc").contains("ít nhất 1.000").contains(number)
                .contains("15/01/2026").contains("2026–2030");
        assertThat(target.select("input.share-input")).hasSize(34);
        assertThat(target.select("#share-total").text()).isEqualTo("Tổng đã phân bổ: 0 trên chỉ tiêu toàn quốc 1.000");

        Document refused = html(mvc.post().uri(page + "/shares").with(admin).with(csrf())
                .param("share-20", "600").param("share-25", "500").exchange());
        assertThat(refused.select("#failure").text())
                .isEqualTo("Tỉnh Phú Thọ (25): 500 làm tổng phân bổ lên 1.100, vượt chỉ tiêu toàn quốc 1.000.");
        assertThat(refused.select("#share-row-25").hasClass("invalid")).isTrue();
        assertThat(refused.select("#share-25").val()).isEqualTo("500");

        assertThat(mvc.post().uri(page + "/shares").with(admin).with(csrf()).param("share-20", "600")
                .param("share-25", "400")).hasStatus3xxRedirection().flash().containsEntry("notice", "Đã lưu phân bổ.");
        Document shared = html(mvc.get().uri(page).with(admin).exchange());
        assertThat(shared.select("#share-total").text()).isEqualTo("Tổng đã phân bổ: 1.000 trên chỉ tiêu toàn quốc 1.000");
        assertThat(shared.select("#share-20").val()).isEqualTo("600");

        assertThat(mvc.post().uri(page + "/shares").with(admin).with(csrf()).param("share-20", "550")
                .param("share-25", "")).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(page).with(admin).exchange()).select("#share-history").text())
                .contains("Tỉnh Lạng Sơn").contains("ít nhất 600").contains("Tỉnh Phú Thọ").contains("ít nhất 400");
    }

    @Test
    void aProvinceOfficerRecordsTheProvincesPlanAndSeesNoOtherProvince() {
        var officer = as(Role.PROVINCE_OFFICER, langSon());
        Document page = html(mvc.get().uri("/targets").with(officer).exchange());
        assertThat(page.select("#t-area option").eachText()).contains("Tỉnh Lạng Sơn", "— Phường Đông Kinh")
                .doesNotContain("Tỉnh Phú Thọ");
        assertThat(page.select("#t-kind option").eachAttr("value")).containsExactly("PROVINCIAL_PLAN", "OTHER");

        assertThat(mvc.post().uri("/targets").with(officer).with(csrf()).param("areaPath", "25").param("code", "CLUBS_NEW")
                .param("first", "2026-01").param("last", "2030-12").param("value", "10")
                .param("documentKind", "PROVINCIAL_PLAN").param("documentNumber", "1/KH")).hasStatus(403);
        assertThat(mvc.post().uri("/targets").with(officer).with(csrf()).param("areaPath", "20").param("code", "CLUBS_NEW")
                .param("first", "2026-01").param("last", "2030-12").param("value", "mười")
                .param("documentKind", "PROVINCIAL_PLAN").param("documentNumber", "1/KH")).hasStatusOk().bodyText()
                .contains("mười không phải là một số.");
        MvcTestResult saved = mvc.post().uri("/targets").with(officer).with(csrf()).param("areaPath", "20")
                .param("code", "MEMBERS_EVER_BORROWED").param("first", "2026-01").param("last", "2030-12")
                .param("measure", "SHARE").param("value", "60,5").param("ofCode", "MEMBERS")
                .param("documentKind", "PROVINCIAL_PLAN").param("documentNumber", "88/KH-UBND").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(officer).exchange()).select("#facts")
                .text()).contains("Tỉnh Lạng Sơn").contains("ít nhất 60,5 % của Thành viên").contains("Kế hoạch của tỉnh 88/KH-UBND");
    }

    @Test
    void aCommuneOfficerReadsTheTargetsAboveButRecordsNone() {
        long dongKinh = GeographyFixtures.communeToday(units, "05977").id();
        var officer = as(Role.COMMUNE_OFFICER, dongKinh);
        Document page = html(mvc.get().uri("/targets?code=CLUBS_NEW").with(officer).exchange());
        assertThat(page.select("#targets").text()).contains("1336/QĐ-TTg").contains("1648/QĐ-TTg");
        assertThat(page.select("#target-form")).isEmpty();
        assertThat(mvc.post().uri("/targets").with(officer).with(csrf()).param("areaPath", "20").param("code", "CLUBS_NEW"))
                .hasStatus(403);
    }

    @Test
    void theApiListsRecordsAndSharesTargetsAndRefusesSharesAboveTheNationalValue() {
        var admin = as(Role.NATIONAL_ADMIN, null);
        assertThat(mvc.get().uri("/api/v1/targets?area=&code=CLUBS_NEW&from=2021-01&to=2025-12").with(admin))
                .hasStatusOk().bodyJson().extractingPath("$[*].value").asArray().contains(3000);

        String body = """
                {"code":"CLUBS_NEW","areaPath":"","first":"2026-01","last":"2030-12","measure":"COUNT","value":900,
                 "document":{"kind":"NATIONAL_DECISION","number":"%s","issuedOn":"2026-02-01"}}"""
                .formatted("8" + UUID.randomUUID().toString().substring(0, 5) + "/QĐ-TTg");
        MvcTestResult created = mvc.post().uri("/api/v1/targets").with(csrf()).with(admin).contentType("application/json")
                .content(body).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.direction").isEqualTo("AT_LEAST");
        String location = created.getResponse().getHeader("Location");

        assertThat(mvc.post().uri(location + "/shares").with(csrf()).with(admin).header("Accept-Language", "en")
                .contentType("application/json").content("{\"shares\":{\"20\":500,\"25\":401}}"))
                .hasStatus(422).bodyText().contains("shares[25]")
                .contains("Tỉnh Phú Thọ (25): 401 brings the shares to 901, more than the national target 900.");
        assertThat(mvc.post().uri(location + "/shares").with(csrf()).with(admin).contentType("application/json")
                .content("{\"shares\":{\"20\":500,\"25\":400}}")).hasStatusOk().bodyJson()
                .extractingPath("$[*].areaPath").asArray().containsExactlyInAnyOrder("20", "25");

        var officer = as(Role.PROVINCE_OFFICER, langSon());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        List<Target> visible = targets.shares(id, AreaScope.province("20"));
        assertThat(mvc.get().uri("/api/v1/targets?area=20&code=CLUBS_NEW&from=2026-01&to=2026-12").with(officer))
                .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains(visible.get(0).id().toString());
        assertThat(mvc.get().uri("/api/v1/targets?area=25").with(officer)).hasStatus(403);
        assertThat(mvc.post().uri(location + "/shares").with(csrf()).with(officer).contentType("application/json")
                .content("{\"shares\":{\"20\":1}}")).hasStatus(403);
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
