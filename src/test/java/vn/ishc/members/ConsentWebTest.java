package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
import vn.ishc.shared.AreaScope;

@SpringBootTest
@AutoConfigureMockMvc
class ConsentWebTest {

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
    Consents consents;
    @Autowired
    UserAccounts accounts;

    @Test
    void anOfficerRecordsAConsentOnTheMemberPageAndThenItsWithdrawal() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06058", LocalDate.of(2023, 10, 1));
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView officer = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ");
        UUID person = members.enrol(null, MembersTest.details("Hà Văn Chung", "Nam", "1951", "Khác"), club.id(),
                LocalDate.of(2023, 10, 5), "t", AreaScope.nation()).person().id();
        var asOfficer = user(officer.username()).roles("COMMUNE_OFFICER");

        assertThat(mvc.get().uri("/members/" + person).with(asOfficer)).hasStatusOk().bodyText()
                .contains("Đồng ý xử lý dữ liệu cá nhân").contains("Chưa ghi sự đồng ý");
        assertThat(mvc.post().uri("/members/" + person + "/consents").with(csrf()).with(asOfficer)
                .param("basis", "CONSENT").param("purposes", "MEMBERSHIP", "HEALTH_MONITORING")
                .param("givenOn", "2023-10-05").param("evidence", "ORAL_WITH_WITNESS"))
                .hasStatus3xxRedirection().flash().containsEntry("failure",
                        "Đồng ý bằng lời cần ghi tên người làm chứng.");
        assertThat(mvc.post().uri("/members/" + person + "/consents").with(csrf()).with(asOfficer)
                .param("basis", "CONSENT").param("purposes", "MEMBERSHIP", "HEALTH_MONITORING")
                .param("givenOn", "2023-10-05").param("evidence", "ORAL_WITH_WITNESS").param("witness", "Trưởng thôn Lý"))
                .hasStatus3xxRedirection().flash().containsKey("notice");
        UUID consent = consents.of(person, AreaScope.nation()).get(0).id();

        assertThat(mvc.post().uri("/members/" + person + "/consents/" + consent + "/withdrawal").with(csrf())
                .with(asOfficer).param("withdrawnOn", "2024-02-01").param("reason", "Không muốn đo huyết áp"))
                .hasStatus3xxRedirection().flash().containsKey("notice");
        assertThat(mvc.get().uri("/members/" + person).with(asOfficer)).hasStatusOk().bodyText()
                .contains("Theo dõi sức khoẻ").contains("Trưởng thôn Lý")
                .contains("Đã rút lại ngày 01/02/2024 (Không muốn đo huyết áp)");
    }

    @Test
    void aConsentFormOrRequestSentTwiceWithItsKeyRecordsOneConsentAndOneWithdrawal() throws Exception {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06058", LocalDate.of(2023, 10, 1));
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView officer = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ");
        UUID person = members.enrol(null, MembersTest.details("Lò Thị Hoa", "Nữ", "1950", "Khác"), club.id(),
                LocalDate.of(2023, 10, 5), "t", AreaScope.nation()).person().id();
        var asOfficer = user(officer.username()).roles("COMMUNE_OFFICER");
        String formKey = "consent-" + UUID.randomUUID();
        assertThat(mvc.get().uri("/members/" + person).with(asOfficer)).hasStatusOk().bodyText()
                .containsPattern("name=\"key\" value=\"consent-[0-9a-f-]{36}\"");

        for (int tap = 0; tap < 2; tap++) {
            assertThat(mvc.post().uri("/members/" + person + "/consents").with(csrf()).with(asOfficer)
                    .param("basis", "CONSENT").param("purposes", "MEMBERSHIP").param("givenOn", "2023-10-05")
                    .param("evidence", "PAPER_FORM_SIGNED").param("key", formKey))
                    .hasStatus3xxRedirection().flash().containsKey("notice");
        }
        assertThat(consents.of(person, AreaScope.nation())).hasSize(1);
        UUID consent = consents.of(person, AreaScope.nation()).get(0).id();

        String body = """
                {"basis": "CONSENT", "purposes": ["HEALTH_MONITORING"], "givenOn": "2024-01-02",
                 "evidence": "PAPER_FORM_SIGNED"}""";
        var first = mvc.post().uri("/api/v1/persons/" + person + "/consents").with(csrf()).with(asOfficer)
                .header("Idempotency-Key", "k-api-1").contentType("application/json").content(body).exchange();
        assertThat(first).hasStatus(201);
        String firstId = first.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(mvc.post().uri("/api/v1/persons/" + person + "/consents").with(csrf()).with(asOfficer)
                .header("Idempotency-Key", "k-api-1").contentType("application/json").content(body))
                .hasStatus(201).bodyJson().extractingPath("$.id").isEqualTo(firstId);
        assertThat(mvc.post().uri("/api/v1/persons/" + person + "/consents").with(csrf()).with(asOfficer)
                .header("Idempotency-Key", "k-api-1").contentType("application/json")
                .content(body.replace("HEALTH_MONITORING", "LOANS")))
                .hasStatus(422).bodyJson().extractingPath("$.detail").asString().contains("k-api-1");
        assertThat(consents.of(person, AreaScope.nation())).hasSize(2);

        String withdrawalKey = "withdraw-" + consent + "-1";
        for (int tap = 0; tap < 2; tap++) {
            assertThat(mvc.post().uri("/members/" + person + "/consents/" + consent + "/withdrawal").with(csrf())
                    .with(asOfficer).param("withdrawnOn", "2024-02-01").param("reason", "Không muốn")
                    .param("key", withdrawalKey))
                    .hasStatus3xxRedirection().flash().containsKey("notice");
        }
        assertThat(mvc.post().uri("/api/v1/persons/" + person + "/consents/" + consent + "/withdrawal").with(csrf())
                .with(asOfficer).header("Idempotency-Key", withdrawalKey).contentType("application/json")
                .content("{\"withdrawnOn\": \"2024-03-01\", \"reason\": \"Khác\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.detail").asString().contains(withdrawalKey);
        assertThat(consents.of(person, AreaScope.nation()).stream().filter(c -> !c.active()))
                .singleElement().satisfies(c -> assertThat(c.withdrawal().withdrawnOn()).isEqualTo("2024-02-01"));
    }
}
