package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;

/**
 * Personal API tokens: a user makes one for themselves, a sync client sends it as a bearer token and
 * acts as that user (same role, same area), a read-only token cannot write, and a revoked or expired
 * token, or the token of a disabled or locked user, no longer signs anyone in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenTest.class);
    static final String PASSWORD = "mat-khau-dai-1";

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
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    UserView officer;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        officer = UserFixtures.create(accounts, "tok-" + run, Role.COMMUNE_OFFICER,
                GeographyFixtures.communeToday(units, "04795").id(), PASSWORD, "Cán bộ xã");
    }

    @Test
    void aTokenIsCreatedUsedWithinTheUsersAreaAndRevoked() throws Exception {
        Club own = ClubFixtures.aClub(clubs, villages, units, "04795", GeographyFixtures.AFTER_REFORM);
        Club foreign = ClubFixtures.aClub(clubs, villages, units, "05977", GeographyFixtures.AFTER_REFORM);

        JsonNode created = create("{\"name\":\"Máy đồng bộ\",\"scope\":\"READ\"}");
        String token = created.get("token").asString();
        UUID id = UUID.fromString(created.get("id").asString());
        assertThat(token).startsWith("ishc_").hasSize(5 + 43);
        assertThat(Instant.parse(created.get("expiresAt").asString()))
                .isCloseTo(clock.instant().plus(Duration.ofDays(90)), org.assertj.core.api.Assertions.within(1,
                        java.time.temporal.ChronoUnit.MINUTES));
        assertThat(jdbc.sql("select token_hash from api_token where id = :id").param("id", id).query(byte[].class).single())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(jdbc.sql("select prefix from api_token where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(token.substring(0, 12));

        assertThat(mvc.get().uri("/api/v1/clubs/" + own.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/clubs/" + foreign.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .hasStatus(403).bodyJson().extractingPath("$.detail").asString().contains("READ");
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk().bodyJson().satisfies(list -> {
                    assertThat(list).extractingPath("$[0].prefix").isEqualTo(token.substring(0, 12));
                    assertThat(list).extractingPath("$[0].lastUsedAt").isNotNull();
                });

        assertThat(mvc.delete().uri("/api/v1/me/tokens/" + id).with(httpBasic(officer.username(), PASSWORD)))
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/clubs/" + own.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(audit("token.created")).isEqualTo(1);
        assertThat(audit("token.revoked")).isEqualTo(1);
        assertThat(jdbc.sql("select detail::text from audit_event where actor = :u").param("u", officer.username())
                .query(String.class).list()).noneMatch(d -> d.contains(token.substring(12)));
    }

    @Test
    void aWriteTokenWritesAndItsLastUseIsWrittenAtMostOnceAMinute() {
        String token = create("{\"name\":\"Sổ tay\",\"scope\":\"WRITE\",\"expiresInDays\":365}").get("token").asString();
        assertThat(mvc.post().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Thứ hai\",\"scope\":\"READ\"}")).hasStatus(201);
        Instant recent = clock.instant().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.sql("update api_token set last_used_at = :at where prefix = :p")
                .param("at", recent.atOffset(ZoneOffset.UTC)).param("p", token.substring(0, 12)).update();
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();
        assertThat(lastUsed(token)).isEqualTo(recent);
        jdbc.sql("update api_token set last_used_at = :at where prefix = :p")
                .param("at", recent.minusSeconds(60).atOffset(ZoneOffset.UTC)).param("p", token.substring(0, 12)).update();
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();
        assertThat(lastUsed(token)).isAfter(recent);
    }

    @Test
    void anExpiryBeyondAYearIsRefusedAndAnExpiredTokenAnswers401() {
        assertThat(mvc.post().uri("/api/v1/me/tokens").with(httpBasic(officer.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Lâu\",\"scope\":\"READ\",\"expiresInDays\":366}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("expiresInDays");
        String token = create("{\"name\":\"Một ngày\",\"scope\":\"READ\",\"expiresInDays\":1}").get("token").asString();
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();
        // The token expires at the instant the injected clock reads now.
        jdbc.sql("update api_token set created_at = :at - interval '1 day', expires_at = :at where prefix = :p")
                .param("at", clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC)).param("p", token.substring(0, 12))
                .update();
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer ishc_unknown"))
                .hasStatus(401);
    }

    @Test
    void theTokensOfADisabledOrLockedUserNoLongerSignIn() {
        String token = create("{\"name\":\"Khoá\",\"scope\":\"READ\"}").get("token").asString();
        jdbc.sql("insert into sign_in_failure (kind, key, failures, last_failure, locked_until) values ('account', :u, 10, :now, :until)")
                .param("u", officer.username()).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("until", clock.instant().plusSeconds(1800).atOffset(ZoneOffset.UTC)).update();
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(401);
        accounts.unlock(officer.id(), UserFixtures.ROOT);
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();

        accounts.setEnabled(officer.id(), false, UserFixtures.ROOT);
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(401);
        accounts.setEnabled(officer.id(), true, UserFixtures.ROOT);
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .as("disabling voided the token for good").hasStatus(401);
    }

    @Test
    void thePagesShowATokenOnceAndAnOfficerRevokesTheTokensOfAUserTheyManage() throws Exception {
        var as = user(officer.username()).roles(officer.role().name());
        assertThat(mvc.get().uri("/me/password").with(as)).hasStatusOk().bodyText().contains("/me/tokens");
        MvcTestResult made = mvc.post().uri("/me/tokens").with(csrf()).with(as).param("name", "Điện thoại")
                .param("scope", "READ").param("expiresInDays", "30").exchange();
        assertThat(made).hasStatusOk();
        String body = made.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = body.replaceAll("(?s).*(ishc_[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(token).startsWith("ishc_").hasSize(48);
        assertThat(mvc.get().uri("/me/tokens").with(as)).hasStatusOk().bodyText().contains("Điện thoại")
                .contains(token.substring(0, 12)).doesNotContain(token);

        UserView admin = UserFixtures.create(accounts, "tok-a-" + UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, PASSWORD, "Quản trị");
        var asAdmin = user(admin.username()).roles("NATIONAL_ADMIN");
        assertThat(mvc.get().uri("/admin/users/" + officer.id()).with(asAdmin)).hasStatusOk().bodyText()
                .contains("Điện thoại").contains(token.substring(0, 12));
        UUID id = jdbc.sql("select id from api_token where prefix = :p").param("p", token.substring(0, 12))
                .query(UUID.class).single();
        assertThat(mvc.post().uri("/admin/users/" + officer.id() + "/tokens/" + id + "/revoke").with(csrf()).with(asAdmin))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/users/" + officer.id());
        assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(401);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'token.revoked'")
                .param("a", admin.username()).query(Long.class).single()).isEqualTo(1);
    }

    /** Not an assertion on time: the figures go to the log, for the report and the benchmark. */
    @Test
    void timesTwoHundredTokenRequestsAgainstTwoHundredBasicOnes() {
        String token = create("{\"name\":\"Đo\",\"scope\":\"READ\"}").get("token").asString();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(mvc.get().uri("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();
        }
        long bearer = System.nanoTime() - start;
        start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(mvc.get().uri("/api/v1/me/tokens").with(httpBasic(officer.username(), PASSWORD))).hasStatusOk();
        }
        long basic = System.nanoTime() - start;
        log.info("200 requests with a bearer token: {} ms; 200 with HTTP Basic: {} ms", bearer / 1_000_000, basic / 1_000_000);
    }

    private JsonNode create(String body) {
        MvcTestResult result = mvc.post().uri("/api/v1/me/tokens").with(httpBasic(officer.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(result).hasStatus(201);
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant lastUsed(String token) {
        return jdbc.sql("select last_used_at from api_token where prefix = :p").param("p", token.substring(0, 12))
                .query(OffsetDateTime.class).single().toInstant();
    }

    private long audit(String action) {
        return jdbc.sql("select count(*) from audit_event where actor = :u and action = :a")
                .param("u", officer.username()).param("a", action).query(Long.class).single();
    }
}
