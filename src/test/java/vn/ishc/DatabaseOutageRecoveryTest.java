package vn.ishc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;

/**
 * The application's own PostgreSQL is stopped under it (pg_ctl stop -m fast, as an administrator would)
 * and started again on the same port and data. While it is down, every kind of request is answered 503 in
 * seconds, saying the database cannot be reached, and sign-in never says "wrong password"; once it is
 * back, the same application carries on by itself and what was written before the outage is there.
 * The application context and its database are this class's own, closed at its end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DatabaseOutageRecoveryTest {

    static final String DATA_DIR = EmbeddedDatabaseDurabilityTest.newDataDir();
    static final String UNAVAILABLE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Xin thử lại sau ít phút.";
    static final String PASSWORD = "mat-khau-dai-1";
    /** Far below the half minute a request hung before; a timing, but the fault was one. */
    static final Duration FAST = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("ishc.embedded-db.data-dir", () -> DATA_DIR);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;

    /** The server started again; it stops when the class ends, just before the application context. */
    static EmbeddedPostgres restarted;

    @AfterAll
    static void stopTheRestartedServer() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownRequestsAre503InSecondsAndOnceItIsBackTheApplicationCarriesOnWithNothingLost()
            throws Exception {
        UserView officer = UserFixtures.create(accounts, "outage-" + UUID.randomUUID().toString().substring(0, 6),
                Role.NATIONAL_ADMIN, null, PASSWORD, "Nguyễn Văn Sự");
        long commune = GeographyFixtures.communeToday(units, "04795").id();
        UUID before = UUID.randomUUID();
        UUID during = UUID.randomUUID();
        assertThat(writeVillage(officer, before, commune, "Thôn Trước")).hasStatus(201);

        // A session signed in by the form, which is checked against a later password change on each request.
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(formLogin().user(officer.username()).password(PASSWORD))
                .getRequest().getSession(false);

        int port = postgres.getPort();
        postgres.close();

        assertThat(fast(() -> mvc.get().uri("/api/v1/units/" + commune + "/villages").session(signedIn).exchange()))
                .hasStatus(503).hasHeader("Retry-After", "30").bodyJson().extractingPath("$.detail").isEqualTo(UNAVAILABLE);
        assertThat(fast(() -> mvc.get().uri("/").accept(MediaType.TEXT_HTML).session(signedIn).exchange())).hasStatus(503)
                .bodyText().contains(UNAVAILABLE);

        assertThat(fast(() -> writeVillage(officer, during, commune, "Thôn Trong"))).hasStatus(503)
                .hasHeader("Retry-After", "30")
                .bodyJson().extractingPath("$.detail").isEqualTo(UNAVAILABLE);
        assertThat(fast(() -> mvc.get().uri("/api/v1/units/" + commune + "/villages").header("Accept-Language", "en")
                .with(user(officer.username()).roles("NATIONAL_ADMIN")).exchange())).hasStatus(503)
                .bodyJson().extractingPath("$.detail").asString().contains("cannot reach its database");
        assertThat(fast(() -> mvc.get().uri("/").accept(MediaType.TEXT_HTML)
                .with(user(officer.username()).roles("NATIONAL_ADMIN")).exchange())).hasStatus(503)
                .bodyText().contains(UNAVAILABLE).contains("<h1>Tạm thời chưa phục vụ được</h1>");
        assertThat(fast(() -> mvc.get().uri("/").header("HX-Request", "true")
                .with(user(officer.username()).roles("NATIONAL_ADMIN")).exchange())).hasStatus(503)
                .hasHeader("HX-Retarget", "#outage").bodyText().contains(UNAVAILABLE).doesNotContain("<html");
        assertThat(fast(() -> mvc.perform(formLogin().user(officer.username()).password(PASSWORD))))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?unavailable");
        assertThat(mvc.get().uri("/login?unavailable")).hasStatusOk().bodyText().contains(UNAVAILABLE)
                .doesNotContain("mật khẩu không đúng");
        assertThat(fast(() -> mvc.get().uri("/api/v1/units").with(httpBasic(officer.username(), PASSWORD)).exchange()))
                .hasStatus(503).hasHeader("Retry-After", "30").bodyJson().extractingPath("$.detail").isEqualTo(UNAVAILABLE);
        assertThat(fast(() -> mvc.get().uri("/actuator/health").exchange())).hasStatus(503)
                .bodyJson().extractingPath("$.status").isEqualTo("DOWN");

        restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(DATA_DIR, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MvcTestResult villages;
        do {
            villages = mvc.get().uri("/api/v1/units/" + commune + "/villages")
                    .with(httpBasic(officer.username(), PASSWORD)).exchange();
        } while (villages.getResponse().getStatus() != 200 && System.nanoTime() < deadline);
        assertThat(villages).as("the API within 30 s of the database's return").hasStatusOk()
                .bodyText().contains(before.toString());
        // The write refused with 503 was not half made: sent again, the same record is created.
        assertThat(writeVillage(officer, during, commune, "Thôn Trong")).hasStatus(201);
        assertThat(mvc.perform(formLogin().user(officer.username()).password(PASSWORD)))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    private MvcTestResult writeVillage(UserView officer, UUID id, long commune, String name) {
        return mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id":"%s","communeId":%d,"name":"%s"}""".formatted(id, commune, name))
                .with(user(officer.username()).roles("NATIONAL_ADMIN")).exchange();
    }

    /** The answer, which must come well within {@link #FAST}. */
    private static <T> T fast(ThrowingSupplier<T> request) throws Exception {
        long start = System.nanoTime();
        T answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer during the outage").isLessThan(FAST);
        return answer;
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
