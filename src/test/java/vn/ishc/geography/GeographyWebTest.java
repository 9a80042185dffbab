package vn.ishc.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;

/** The unit and village pages and API as a province officer of Phú Thọ and a commune officer in Lạng Sơn use them. */
@SpringBootTest
@AutoConfigureMockMvc
class GeographyWebTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    long phuThoNow;
    long hoaBinhOld;
    long langSonNow;

    @BeforeEach
    void users() {
        phuThoNow = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        hoaBinhOld = GeographyFixtures.province(units, "17", GeographyFixtures.BEFORE_REFORM).id();
        langSonNow = GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id();
        long dongKinh = GeographyFixtures.communeToday(units, "05977").id();
        ensure("geo-phutho", Role.PROVINCE_OFFICER, phuThoNow);
        ensure("geo-dongkinh", Role.COMMUNE_OFFICER, dongKinh);
        ensure("geo-partner", Role.PARTNER_VIEWER, null);
    }

    @Test
    void searchPageFindsHoaBinhWithoutDiacriticsAndSaysItIsNowPhuTho() {
        assertThat(mvc.get().uri("/units/search?q=hoa binh").with(user("geo-phutho")))
                .hasStatusOk()
                .bodyText().contains("Tỉnh Hoà Bình").contains("Tỉnh Phú Thọ").contains("Nay thuộc");
    }

    @Test
    void aProvincePageListsItsCommunesInVietnameseOrderWithDStrokeAfterD() throws Exception {
        String page = mvc.get().uri("/units/" + phuThoNow).with(user("geo-phutho")).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(java.util.stream.Stream.of("Xã Cự Đồng", "Xã Dân Chủ", "Xã Dũng Tiến", "Xã Đà Bắc", "Xã Đồng Lương", "Xã Hạ Hoà")
                .map(page::indexOf).toList()).doesNotContain(-1).isSorted();
    }

    @Test
    void unitPageShowsWhatACommuneWasFormedFromInTheChosenLanguage() {
        long ward = GeographyFixtures.communeToday(units, "04795").id();
        assertThat(mvc.get().uri("/units/" + ward).with(user("geo-phutho")))
                .hasStatusOk().bodyText().contains("Hình thành từ").contains("Phường Thịnh Lang").contains("Toàn bộ");
        assertThat(mvc.get().uri("/units/" + ward + "?lang=en").with(user("geo-phutho")))
                .hasStatusOk().bodyText().contains("Formed from").contains("Hoa Binh Ward");
    }

    @Test
    void anOfficerOfAnotherProvinceIsRefusedAndTheRefusalIsAudited() {
        long before = refusals("geo-dongkinh");
        assertThat(mvc.get().uri("/units/" + phuThoNow).with(user("geo-dongkinh")))
                .hasStatus(403).bodyText().contains("ngoài phạm vi");
        assertThat(mvc.get().uri("/api/v1/units/" + hoaBinhOld).with(user("geo-dongkinh")))
                .hasStatus(403).bodyJson().extractingPath("$.status").isEqualTo(403);
        assertThat(refusals("geo-dongkinh")).isEqualTo(before + 2);
    }

    @Test
    void apiLooksUpUnit15AtADateAndNamesTheBadParameter() {
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=PROVINCE&code=15&date=2024-05-01").with(user("geo-partner")))
                .hasStatusOk().bodyJson().extractingPath("$.fullName").isEqualTo("Tỉnh Yên Bái");
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=PROVINCE&code=15&date=2001-01-01")
                .header("Accept-Language", "en").with(user("geo-partner")))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=PROVINCE&code=15&date=31-02-2024").with(user("geo-partner")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=PROVINCE&code=99&date=2024-05-01").with(user("geo-partner")))
                .hasStatus(404).bodyJson().extractingPath("$.detail").asString().contains("99");
        // The level in any case, as people type it: the same unit.
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=province&code=15&date=2024-05-01").with(user("geo-partner")))
                .hasStatusOk().bodyJson().extractingPath("$.fullName").isEqualTo("Tỉnh Yên Bái");
        String page = mvc.get().uri("/units/lookup?level=PROVINCE&code=15&date=2024-05-01").with(user("geo-partner"))
                .exchange().getResponse().getRedirectedUrl();
        assertThat(page).isNotNull();
        assertThat(mvc.get().uri("/units/lookup?level=province&code=15&date=2024-05-01").with(user("geo-partner")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo(page);
        assertThat(mvc.get().uri("/api/v1/units/lookup?level=tinh&code=15").with(user("geo-partner")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("level");
    }

    @Test
    void aCommuneOfficerCreatesAVillageAndAnEmptyNameIsRefusedOnThePage() {
        long dongKinh = GeographyFixtures.communeToday(units, "05977").id();
        assertThat(mvc.post().uri("/units/" + dongKinh + "/villages").param("name", "Khối 7")
                .with(user("geo-dongkinh").roles("COMMUNE_OFFICER")).with(csrf()))
                .hasStatus3xxRedirection().flash().containsKey("notice");
        assertThat(mvc.post().uri("/units/" + dongKinh + "/villages").param("name", " ")
                .with(user("geo-dongkinh").roles("COMMUNE_OFFICER")).with(csrf()))
                .hasStatus3xxRedirection().flash().hasEntrySatisfying("villageError",
                        e -> assertThat((String) e).contains("không được để trống"));
        assertThat(mvc.get().uri("/units/" + dongKinh).with(user("geo-dongkinh")))
                .hasStatusOk().bodyText().contains("Khối 7");
    }

    @Test
    void apiRefusesADuplicateVillageNamingTheFieldAndAPartnerMayNotCreateVillages() {
        long commune = GeographyFixtures.communeToday(units, "06040").id();
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"communeId\":" + commune + ",\"name\":\"Thôn Bản Hoà\"}";
        assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("geo-dongkinh").roles("COMMUNE_OFFICER")))
                .hasStatus(403);
        long before = jdbc.sql("select count(*) from geo_village").query(Long.class).single();
        assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("geo-partner").roles("PARTNER_VIEWER")))
                .hasStatus(403);
        assertThat(jdbc.sql("select count(*) from geo_village").query(Long.class).single()).isEqualTo(before);
        assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("geo-phutho").roles("PROVINCE_OFFICER")))
                .hasStatus(403);
    }

    @Test
    void apiCreatesAVillageOnceAndRefusesTheSameNameWithOtherToneMarks() {
        ensure("geo-langson", Role.PROVINCE_OFFICER, langSonNow);
        long commune = GeographyFixtures.communeToday(units, "06046").id();
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"communeId\":" + commune + ",\"name\":\"Thôn Bản Hoà\"}";
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                    .with(user("geo-langson").roles("PROVINCE_OFFICER")))
                    .hasStatus(201).bodyJson().extractingPath("$.id").isEqualTo(id);
        }
        String duplicate = "{\"communeId\":" + commune + ",\"name\":\"thôn bản hòa\"}";
        assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(duplicate)
                .with(user("geo-langson").roles("PROVINCE_OFFICER")))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")
                .with(user("geo-langson").roles("PROVINCE_OFFICER")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("communeId");
    }

    private void ensure(String username, Role role, Long scopeUnitId) {
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single() == 0) {
            UserFixtures.create(accounts, username, role, scopeUnitId, "mat-khau-dai-1", username);
        }
    }

    private long refusals(String actor) {
        return jdbc.sql("select count(*) from audit_event where actor = :a and outcome = 'refused'")
                .param("a", actor).query(Long.class).single();
    }
}
