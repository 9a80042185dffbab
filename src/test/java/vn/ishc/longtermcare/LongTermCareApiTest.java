package vn.ishc.longtermcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.shared.AreaScope;

/** The API computes the scores whatever a client sends, names an unanswered item, and logs each read of a case. */
@SpringBootTest
@AutoConfigureMockMvc
class LongTermCareApiTest {

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
    JdbcClient jdbc;

    static String answers(String extra) {
        StringBuilder barthel = new StringBuilder();
        for (BarthelItem item : BarthelItem.values()) {
            barthel.append(barthel.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":")
                    .append(item == BarthelItem.STAIRS ? 0 : item.highest());
        }
        StringBuilder lawton = new StringBuilder();
        for (LawtonItem item : LawtonItem.values()) {
            if (!item.name().equals(extra)) {
                lawton.append(lawton.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":true");
            }
        }
        StringBuilder screens = new StringBuilder();
        for (ScreenItem item : ScreenItem.values()) {
            screens.append(screens.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":false");
        }
        return "{\"assessedOn\":\"2025-02-10\",\"barthelScore\":100,\"level\":\"NONE\",\"barthel\":{" + barthel
                + "},\"lawton\":{" + lawton + "},\"screens\":{" + screens + "},\"living\":\"WITH_FAMILY\",\"hasCarer\":true}";
    }

    @Test
    void anAssessmentThroughTheApiHasItsScoresComputedAndTheCaseReadIsLogged() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06286", LocalDate.of(2024, 3, 1));
        UserView officer = UserFixtures.create(accounts, "ltc-" + UUID.randomUUID().toString().substring(0, 8),
                Role.COMMUNE_OFFICER, units.atScope(AreaScope.ofPath(club.areaPaths().get(0))).orElseThrow().id(),
                "mat-khau-dai-1", "Cán bộ xã");
        var as = user(officer.username()).roles("COMMUNE_OFFICER");
        var opened = mvc.post().uri("/api/v1/long-term-care/cases").with(csrf()).with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"clubId\":\"" + club.id()
                        + "\",\"name\":\"Cụ Vi Văn Thà\",\"sex\":\"M\",\"birthYear\":1937,\"openedOn\":\"2025-02-03\"}")
                .exchange();
        assertThat(opened).hasStatus(201);
        String at = opened.getResponse().getHeader("Location");

        assertThat(mvc.post().uri(at + "/assessments").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(answers("FINANCES"))).hasStatus(422).bodyText().contains("Tự quản lý tiền bạc");
        assertThat(mvc.post().uri(at + "/assessments").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(answers(null))).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.barthelScore", v -> assertThat(v).asNumber().isEqualTo(90))
                .hasPathSatisfying("$.level", v -> assertThat(v).asString().isEqualTo("MODERATE"));
        assertThat(mvc.post().uri(at + "/changes").with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON)
                .content("{\"happenedOn\":\"2025-03-01\",\"kind\":\"HOSPITAL_STAY\"}")).hasStatus(201);
        assertThat(mvc.get().uri(at).with(as)).hasStatusOk().bodyText().contains("REASSESSMENT_AFTER_CHANGE");
        assertThat(mvc.get().uri("/api/v1/long-term-care/cases").with(as)).hasStatusOk().bodyText().contains("Cụ Vi Văn Thà");
        UserView province = UserFixtures.create(accounts, "ltcp-" + UUID.randomUUID().toString().substring(0, 8),
                Role.PROVINCE_OFFICER, units.atScope(AreaScope.ofPath(club.areaPaths().get(0).substring(0, 2)))
                        .orElseThrow().id(), "mat-khau-dai-1", "Cán bộ tỉnh");
        assertThat(mvc.get().uri(at).with(user(province.username()).roles("PROVINCE_OFFICER"))).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from health_read where actor = :a and what = 'LTC_CASE_API'")
                .param("a", officer.username()).query(Integer.class).single()).isEqualTo(1);
    }
}
