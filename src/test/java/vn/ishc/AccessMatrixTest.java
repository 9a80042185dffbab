package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.journeys.JourneyUsers;
import vn.ishc.members.MemberRow;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * For every endpoint, every role whose area is in Lạng Sơn asks for something in Phú Thọ: each request
 * is refused (403, with a line in the audit log and nothing written) or, for lists, answers without it.
 * Before its refusals count, the same request by a user of Phú Thọ who may send it must succeed, so that a
 * probe with a wrong address or a body the endpoint rejects fails instead of passing as refused. A new
 * endpoint without a probe here fails the first test, so none can be added without its access being checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Endpoints open to everyone or showing only the caller's own data. */
    static final Set<String> NOT_SCOPED = Set.of("GET /login", "GET /", "GET /error", "GET /setup", "POST /setup",
            "GET /v3/api-docs", "GET /amounts/read", "GET /offline", "GET /sw.js",
            "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
            // Each user's own password (OwnPasswordTest, PrivilegeMatrixTest).
            "GET /me/password", "POST /me/password", "POST /api/v1/me/password",
            // Each user's own API tokens: a token of another user is not found (ApiTokenTest, PrivilegeMatrixTest).
            "GET /me/tokens", "POST /me/tokens", "POST /me/tokens/{id}/revoke", "GET /api/v1/me/tokens",
            "POST /api/v1/me/tokens", "DELETE /api/v1/me/tokens/{id}",
            // The code after the password, and each user's own two-factor sign-in (TwoFactorTest).
            "GET /login/code", "POST /login/code", "GET /me/two-factor", "POST /me/two-factor",
            "GET /me/two-factor/qr.svg", "POST /me/two-factor/off");

    static final List<Role> SCOPED_ROLES = List.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.CLUB_BOARD,
            Role.HOMECARE_VOLUNTEER, Role.PARTNER_VIEWER);

    /** Texts that only a page or list showing the foreign records contains (and the foreign officer's user name). */
    static final List<String> FOREIGN_TEXTS = List.of("Tỉnh Phú Thọ", "Tỉnh Hoà Bình", "Xóm Kiểm Tra Quyền",
            "Kiểm Tra Quyền");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What a probe expects: a refusal, or a list that leaves the foreign things out (or is refused to the role). */
    enum Expect { REFUSED, FILTERED }

    /** Who sends a probe's request when it must succeed. */
    enum Insider {
        /** Phú Thọ's province officer. */
        OFFICER,
        /** A home-care volunteer of the foreign club, caring for its recipient. */
        VOLUNTEER,
        /** A national administrator, for what only the nation does. */
        ADMIN,
        /** A commune officer of the foreign club's commune, managing its long-term care case. */
        COMMUNE_OFFICER
    }

    /**
     * A request, what every role of Lạng Sơn must get, and who may send it. The request is built afresh each
     * time it is sent. It succeeds when it answers 2xx, or, for a form posted from a page (and a lookup that
     * {@code redirects}), when it redirects to a page other than sign-in or error with no failure flashed; a
     * request that is not a GET must also change the records, unless it only starts work on the figures.
     */
    record Probe(Function<ForeignArea, AbstractMockHttpServletRequestBuilder<?>> request, Expect expect, Insider insider,
                 boolean redirects, boolean writesRecords) {

        Probe(Function<ForeignArea, AbstractMockHttpServletRequestBuilder<?>> request, Expect expect) {
            this(request, expect, Insider.OFFICER, false, true);
        }

        Probe by(Insider who) {
            return new Probe(request, expect, who, redirects, writesRecords);
        }

        Probe redirecting() {
            return new Probe(request, expect, insider, true, writesRecords);
        }

        Probe writingFiguresOnly() {
            return new Probe(request, expect, insider, redirects, false);
        }
    }

    /** A new commune officer of the foreign area whose sign-in is locked after repeated failures. */
    java.util.UUID lockedUser(ForeignArea f) {
        java.util.UUID id = f.freshUser(Role.COMMUNE_OFFICER);
        jdbc.sql("insert into sign_in_failure (kind, key, failures, last_failure, locked_until) "
                        + "values ('account', :u, 10, :now, :until)")
                .param("u", accounts.get(id, vn.ishc.identity.UserFixtures.ROOT).username())
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("until", clock.instant().plusSeconds(1800).atOffset(java.time.ZoneOffset.UTC)).update();
        return id;
    }

    /** A new commune officer of the foreign area with an API token of their own: the user's id and the token's. */
    java.util.UUID[] userWithToken(ForeignArea f) {
        java.util.UUID id = f.freshUser(Role.COMMUNE_OFFICER);
        var holder = vn.ishc.identity.UserFixtures.signedIn(accounts.get(id, vn.ishc.identity.UserFixtures.ROOT));
        var issued = beans.getBean(vn.ishc.identity.ApiTokens.class).create(new vn.ishc.identity.NewApiToken(
                "Đồng bộ", vn.ishc.identity.ApiToken.Scope.READ, null), holder);
        return new java.util.UUID[] {id, issued.token().id()};
    }

    /** A new club of the foreign area whose books are closed through January 2023. */
    java.util.UUID closedClub(ForeignArea f) {
        java.util.UUID club = f.freshClub();
        beans.getBean(vn.ishc.funds.BookClosings.class).close(club, java.time.YearMonth.of(2023, 1), "test",
                vn.ishc.shared.AreaScope.nation());
        return club;
    }

    /** The foreign club, with a monthly fee of 10.000 đ from its founding month. */
    java.util.UUID feeClub(ForeignArea f) {
        beans.getBean(vn.ishc.funds.MemberFees.class).setRate(f.club(), java.time.YearMonth.of(2023, 1), 10_000, null,
                "test", vn.ishc.shared.AreaScope.nation());
        return f.club();
    }

    /** A new bank account of the foreign club, opened in 2023. */
    java.util.UUID bankAccount(ForeignArea f) {
        return beans.getBean(vn.ishc.funds.BankAccounts.class).open(f.club(), new vn.ishc.funds.BankAccounts.Opening(
                vn.ishc.funds.BankAccount.Kind.BANK, "TK", "Agribank",
                java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12), LocalDate.of(2023, 6, 1)),
                "test", vn.ishc.shared.AreaScope.nation()).id();
    }

    /** A new consent of the foreign person, given in May 2024, to withdraw. */
    java.util.UUID freshConsent(ForeignArea f) {
        return beans.getBean(vn.ishc.members.Consents.class).record(f.person(), new vn.ishc.members.NewConsent(null,
                vn.ishc.members.Consent.Basis.CONSENT, java.util.Set.of(vn.ishc.members.Consent.Purpose.LOANS),
                LocalDate.of(2024, 5, 2), vn.ishc.members.Consent.Evidence.PAPER_FORM_SIGNED, null), "test",
                vn.ishc.shared.AreaScope.nation()).id();
    }

    ForeignArea foreign;
    DatabaseFingerprint fingerprint;
    final Map<Role, String> usernames = new LinkedHashMap<>();

    @BeforeAll
    void setUp() {
        foreign = beans.createBean(ForeignArea.class).build();
        fingerprint = new DatabaseFingerprint(jdbc);
        JourneyUsers users = new JourneyUsers(accounts);
        LocalDate today = BusinessCalendar.today(clock);
        long langSon = units.at(AdminUnit.Level.PROVINCE, "20", today, AreaScope.nation()).id();
        long dongKinh = units.at(AdminUnit.Level.COMMUNE, "05977", today, AreaScope.nation()).id();
        for (Role role : SCOPED_ROLES) {
            Long scope = role == Role.PROVINCE_OFFICER || role == Role.PARTNER_VIEWER ? langSon : dongKinh;
            usernames.put(role, users.create(role, scope, "Người kiểm tra").username());
        }
    }

    Map<String, Probe> probes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("GET /units", new Probe(f -> mvc.get().uri("/units?date=2025-06-30"), Expect.FILTERED));
        p.put("GET /units/{id}", new Probe(f -> mvc.get().uri("/units/" + f.oldProvince()), Expect.REFUSED));
        p.put("GET /units/search", new Probe(f -> mvc.get().uri("/units/search?q=phu tho"), Expect.FILTERED));
        p.put("GET /units/lookup", new Probe(f -> mvc.get().uri("/units/lookup?level=PROVINCE&code=25"), Expect.REFUSED)
                .redirecting());
        p.put("POST /units/{communeId}/villages", new Probe(f -> mvc.post().uri("/units/" + f.commune() + "/villages")
                .param("name", "Xóm " + f.unique()).with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/rename", new Probe(f -> mvc.post().uri("/villages/" + f.freshVillage() + "/rename")
                .param("name", "Xóm " + f.unique()).with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/retire", new Probe(f -> mvc.post().uri("/villages/" + f.freshVillage() + "/retire")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /villages/{id}/place", new Probe(f -> mvc.post().uri("/villages/" + f.freshVillage() + "/place")
                .param("currentCommuneId", String.valueOf(f.successor())).with(csrf()), Expect.REFUSED));
        p.put("GET /villages/awaiting-placement", new Probe(f -> mvc.get().uri("/villages/awaiting-placement"), Expect.FILTERED));
        p.put("GET /api/v1/units", new Probe(f -> mvc.get().uri("/api/v1/units?date=2025-06-30"), Expect.FILTERED));
        p.put("GET /api/v1/units/{id}", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.province()), Expect.REFUSED));
        p.put("GET /api/v1/units/{id}/children", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.province() + "/children"), Expect.REFUSED));
        p.put("GET /api/v1/units/{id}/history", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.oldCommune() + "/history"), Expect.REFUSED));
        p.put("GET /api/v1/units/lookup", new Probe(f -> mvc.get().uri("/api/v1/units/lookup?level=COMMUNE&code=04795"), Expect.REFUSED));
        p.put("GET /api/v1/units/search", new Probe(f -> mvc.get().uri("/api/v1/units/search?q=phu tho"), Expect.FILTERED));
        p.put("GET /api/v1/units/{communeId}/villages", new Probe(f -> mvc.get().uri("/api/v1/units/" + f.commune() + "/villages"), Expect.REFUSED));
        p.put("GET /api/v1/villages/{id}", new Probe(f -> mvc.get().uri("/api/v1/villages/" + f.village()), Expect.REFUSED));
        p.put("GET /api/v1/villages/awaiting-placement", new Probe(f -> mvc.get().uri("/api/v1/villages/awaiting-placement"), Expect.FILTERED));
        p.put("POST /api/v1/villages", new Probe(f -> mvc.post().uri("/api/v1/villages").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"communeId\":" + f.commune() + ",\"name\":\"Xóm " + f.unique() + "\"}"), Expect.REFUSED));
        p.put("PATCH /api/v1/villages/{id}", new Probe(f -> mvc.patch().uri("/api/v1/villages/" + f.freshVillage()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Xóm " + f.unique() + "\"}"), Expect.REFUSED));
        p.put("POST /api/v1/villages/{id}/retirement", new Probe(f -> mvc.post().uri("/api/v1/villages/" + f.freshVillage()
                + "/retirement").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"retiredOn\":\"" + f.today() + "\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/villages/{id}/placement", new Probe(f -> mvc.post().uri("/api/v1/villages/" + f.freshVillage() + "/placement").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"currentCommuneId\":" + f.successor() + "}"), Expect.REFUSED));
        String newUser = "{\"displayName\":\"X\",\"password\":\"mat-khau-dai-1\",\"role\":\"COMMUNE_OFFICER\","
                + "\"scopeUnitId\":";
        p.put("GET /admin/users", new Probe(f -> mvc.get().uri("/admin/users"), Expect.FILTERED));
        p.put("GET /admin/users/new", new Probe(f -> mvc.get().uri("/admin/users/new"), Expect.FILTERED));
        p.put("POST /admin/users", new Probe(f -> mvc.post().uri("/admin/users").with(csrf())
                .param("username", "ngoai-pham-vi-" + f.unique()).param("displayName", "X").param("password", "mat-khau-dai-1")
                .param("role", "COMMUNE_OFFICER").param("scopeCommuneId", String.valueOf(f.commune())), Expect.REFUSED));
        p.put("GET /admin/users/{id}", new Probe(f -> mvc.get().uri("/admin/users/" + f.user()), Expect.REFUSED));
        p.put("POST /admin/users/{id}", new Probe(f -> mvc.post().uri("/admin/users/" + f.user()).with(csrf())
                .param("displayName", "Đổi").param("role", "COMMUNE_OFFICER")
                .param("scopeCommuneId", String.valueOf(f.clubCommune())), Expect.REFUSED));
        p.put("POST /admin/users/{id}/enabled", new Probe(f -> mvc.post().uri("/admin/users/"
                + f.freshUser(Role.COMMUNE_OFFICER) + "/enabled")
                .with(csrf()).param("enabled", "false"), Expect.REFUSED));
        p.put("POST /admin/users/{id}/password", new Probe(f -> mvc.post().uri("/admin/users/" + f.user() + "/password")
                .with(csrf()).param("password", "mat-khau-moi-123"), Expect.REFUSED));
        p.put("POST /admin/users/{id}/unlock", new Probe(f -> mvc.post().uri("/admin/users/" + lockedUser(f) + "/unlock")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /admin/users/{id}/two-factor/reset", new Probe(f -> mvc.post().uri("/admin/users/"
                + f.freshUser(Role.COMMUNE_OFFICER) + "/two-factor/reset").with(csrf()), Expect.REFUSED));
        p.put("POST /admin/users/{id}/club", new Probe(f -> mvc.post().uri("/admin/users/" + f.freshUser(Role.CLUB_BOARD) + "/club")
                .with(csrf()).param("clubId", f.club().toString()), Expect.REFUSED));
        p.put("GET /admin/users/communes", new Probe(f -> mvc.get().uri("/admin/users/communes?scopeProvinceId=" + f.province()),
                Expect.REFUSED));
        p.put("GET /admin/audit", new Probe(f -> mvc.get().uri("/admin/audit"), Expect.FILTERED));
        // Who read whose health data names people of every area: national administrators only.
        // The operations page names clubs of every area and their errors: national administrators only.
        p.put("GET /operations", new Probe(f -> mvc.get().uri("/operations"), Expect.REFUSED).by(Insider.ADMIN));
        p.put("GET /admin/health-reads", new Probe(f -> mvc.get().uri("/admin/health-reads?personId=" + f.person()),
                Expect.REFUSED).by(Insider.ADMIN));
        p.put("GET /api/v1/health-reads", new Probe(f -> mvc.get().uri("/api/v1/health-reads?personId=" + f.person()),
                Expect.REFUSED).by(Insider.ADMIN));
        p.put("POST /admin/users/{id}/tokens/{tokenId}/revoke", new Probe(f -> {
            java.util.UUID[] t = userWithToken(f);
            return mvc.post().uri("/admin/users/" + t[0] + "/tokens/" + t[1] + "/revoke").with(csrf());
        }, Expect.REFUSED));
        p.put("GET /api/v1/users/{id}/tokens", new Probe(f -> mvc.get().uri("/api/v1/users/" + userWithToken(f)[0]
                + "/tokens"), Expect.REFUSED));
        p.put("DELETE /api/v1/users/{id}/tokens/{tokenId}", new Probe(f -> {
            java.util.UUID[] t = userWithToken(f);
            return mvc.delete().uri("/api/v1/users/" + t[0] + "/tokens/" + t[1]).with(csrf());
        }, Expect.REFUSED));
        p.put("GET /api/v1/users", new Probe(f -> mvc.get().uri("/api/v1/users?size=500"), Expect.FILTERED));
        p.put("GET /api/v1/users/{id}", new Probe(f -> mvc.get().uri("/api/v1/users/" + f.user()), Expect.REFUSED));
        p.put("POST /api/v1/users", new Probe(f -> mvc.post().uri("/api/v1/users").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(newUser + f.commune() + ",\"username\":\"ngoai-pham-vi-" + f.unique() + "\"}"), Expect.REFUSED));
        p.put("PATCH /api/v1/users/{id}", new Probe(f -> mvc.patch().uri("/api/v1/users/" + f.freshUser(Role.COMMUNE_OFFICER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"), Expect.REFUSED));
        p.put("POST /api/v1/users/{id}/unlock", new Probe(f -> mvc.post().uri("/api/v1/users/" + lockedUser(f) + "/unlock")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/users/{id}/two-factor/reset", new Probe(f -> mvc.post().uri("/api/v1/users/"
                + f.freshUser(Role.COMMUNE_OFFICER) + "/two-factor/reset").with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/users/{id}/password", new Probe(f -> mvc.post().uri("/api/v1/users/" + f.user() + "/password").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"mat-khau-moi-123\"}"), Expect.REFUSED));
        p.put("GET /clubs", new Probe(f -> mvc.get().uri("/clubs"), Expect.FILTERED));
        p.put("GET /clubs/new", new Probe(f -> mvc.get().uri("/clubs/new?commune=" + f.commune()), Expect.REFUSED));
        p.put("POST /clubs", new Probe(f -> mvc.post().uri("/clubs").with(csrf()).param("villageId", f.village().toString())
                .param("code", "X" + f.unique()).param("name", "CLB Mới").param("decisionNumber", "1").param("decisionDate", "2024-01-01")
                .param("foundedOn", "2024-01-01").param("meetingDay", "D21"), Expect.REFUSED));
        p.put("GET /clubs/{id}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()), Expect.REFUSED));
        p.put("POST /clubs/{id}/status", new Probe(f -> mvc.post().uri("/clubs/" + f.freshClub() + "/status").with(csrf())
                .param("status", "DISSOLVED").param("effective", "2025-01-01").param("reason", "x"), Expect.REFUSED));
        p.put("POST /clubs/{id}/projects", new Probe(f -> mvc.post().uri("/clubs/" + f.freshClub() + "/projects").with(csrf())
                .param("project", f.project().toString()), Expect.REFUSED));
        p.put("POST /clubs/{id}/board", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board").with(csrf())
                .param("personId", f.freshPerson().toString()).param("role", "MEMBER").param("startOn", "2024-01-01"), Expect.REFUSED));
        p.put("POST /clubs/{id}/board/{seatId}/end", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board/" + f.freshSeat() + "/end")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /clubs/{id}/board/{seatId}/account", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/board/"
                + f.freshSeat() + "/account").with(csrf()).param("username", "ke.gian." + f.unique()), Expect.REFUSED));
        p.put("POST /clubs/{id}/groups", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/groups").with(csrf())
                .param("name", "Tổ " + f.unique()), Expect.REFUSED));
        p.put("POST /clubs/{id}/groups/{groupId}/members", new Probe(f -> mvc.post()
                .uri("/clubs/" + f.club() + "/groups/" + f.group() + "/members").with(csrf())
                .param("personId", f.freshPerson().toString()), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/new", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/members/new"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/members", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/members").with(csrf())
                .param("fullName", "Người " + f.unique()).param("sex", "F").param("birth", "1950").param("ethnicity", "01")
                .param("household", "OTHER").param("joinedOn", "2024-01-01"), Expect.REFUSED));
        p.put("GET /clubs/{id}/edit", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/edit"), Expect.REFUSED));
        p.put("POST /clubs/{id}/edit", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/edit").with(csrf())
                .param("code", "KTQ").param("name", "CLB Kiểm Tra Quyền").param("decisionNumber", "3/QĐ")
                .param("decisionDate", "2023-01-01").param("foundedOn", "2023-01-01").param("meetingDay", "D21")
                .param("version", String.valueOf(f.clubVersion())), Expect.REFUSED));
        p.put("GET /members/{personId}/edit", new Probe(f -> mvc.get().uri("/members/" + f.person() + "/edit"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/edit", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/edit")
                .with(csrf()).param("fullName", "Người Kiểm Tra Quyền").param("sex", "F").param("birth", "1950")
                .param("ethnicity", "01").param("household", "OTHER").param("version", String.valueOf(f.personVersion())),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/activities", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/activities"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/activities", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/activities")
                .with(csrf()).param("kind", "COMMUNITY").param("on", "2024-01-05").param("title", "Dọn đường"),
                Expect.REFUSED));
        p.put("POST /activities/{id}/cancel", new Probe(f -> mvc.post().uri("/activities/" + f.freshActivity() + "/cancel")
                .with(csrf()).param("reason", "nhầm"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/entitlements", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/entitlements")
                .with(csrf()).param("personName", "A").param("benefit", "OTHER").param("appliedOn", "2024-01-05"),
                Expect.REFUSED));
        p.put("POST /entitlements/{id}/decision", new Probe(f -> mvc.post().uri("/entitlements/" + f.freshEntitlement()
                + "/decision").with(csrf()).param("status", "OBTAINED").param("decidedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/art-team", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/art-team")
                .with(csrf()).param("foundedOn", "2024-01-05"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/month", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/month?month=2024-01"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/month", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/month?month=2024-01"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/funds"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/contributions", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/contributions").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("source", "MEMBERS"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/expenses", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/expenses").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("purpose", "x"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/transfers", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/transfers").with(csrf()).param("amount", "1000").param("date", "2024-01-05")
                .param("toFundId", f.incomeFund().toString()), Expect.REFUSED));
        p.put("POST /fund-entries/{entryId}/reversal", new Probe(f -> mvc.post().uri("/fund-entries/" + f.freshEntry()
                + "/reversal").with(csrf()).param("reason", "x"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/funds").with(csrf())
                .param("kind", "WELFARE").param("name", "Quỹ " + f.unique()).param("openedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/close", new Probe(f -> mvc.post().uri("/clubs/" + f.freshClub() + "/funds/close")
                .with(csrf()).param("month", "2023-01"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/reopen", new Probe(f -> mvc.post().uri("/clubs/" + closedClub(f) + "/funds/reopen")
                .with(csrf()).param("month", "2023-01").param("reason", "Sửa sổ"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/cash-counts", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.fund() + "/cash-counts").with(csrf()).param("counted", "1000").param("date", "2024-01-05"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/fees", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/fees?month=2024-01"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/fees/rates", new Probe(f -> mvc.post().uri("/clubs/" + f.freshClub() + "/fees/rates")
                .with(csrf()).param("from", "2024-02").param("amount", "10.000"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/fees/exemptions", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/fees/exemptions").with(csrf()).param("personId", f.freshPerson().toString()).param("from", "2024-02")
                .param("reason", "Ốm"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meeting-money", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/meeting-money?date=2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meeting-money", new Probe(f -> mvc.post().uri("/clubs/" + feeClub(f)
                + "/meeting-money").with(csrf()).param("submission", "s-" + f.unique()).param("date", "2024-01-05")
                .param("lines[0].kind", "FEE").param("lines[0].personId", f.freshPerson().toString())
                .param("lines[0].amount", "10.000"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meeting-money/held/{heldId}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/meeting-money/held/" + f.freshHeldMoney()), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/meeting-money/held", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/meeting-money/held?submission=s-" + f.unique()), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meeting-money/held/{heldId}/drop", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/meeting-money/held/" + f.freshHeldMoney() + "/drop").with(csrf()), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/bank-accounts", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/bank-accounts")
                .with(csrf()).param("kind", "SAVINGS").param("name", "Sổ").param("bank", "NHCSXH")
                .param("accountNumber", java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                .param("openedOn", "2024-01-05"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/bank-accounts/{bankAccountId}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/bank-accounts/" + bankAccount(f)), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/funds/{fundId}/bank-movements", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/funds/" + f.incomeFund() + "/bank-movements").with(csrf()).param("kind", "DEPOSIT")
                .param("bankAccountId", bankAccount(f).toString()).param("amount", "1000").param("date", "2024-01-05"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/bank-accounts/{bankAccountId}/reconciliations", new Probe(f -> mvc.post().uri("/clubs/"
                + f.club() + "/bank-accounts/" + bankAccount(f) + "/reconciliations").with(csrf()).param("date", "2024-01-05")
                .param("balance", "0"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/{personId}/passbook", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/members/" + f.person() + "/passbook"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/{personId}/passbook.pdf", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/members/" + f.person() + "/passbook.pdf"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/loans", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/loans"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loan-rules", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/loan-rules")
                .with(csrf()).param("approvedOn", "2024-01-05").param("maxAmount", "1000000").param("maxTermMonths", "6")
                .param("ratePercent", "1").param("method", "FLAT").param("repayment", "EQUAL_INSTALMENTS"),
                Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loan-products", new Probe(f -> mvc.post().uri("/clubs/" + f.freshClub() + "/loan-products")
                .with(csrf()).param("name", "Chăn nuôi").param("approvedOn", "2024-01-05").param("maxAmount", "1000000")
                .param("maxTermMonths", "12").param("ratePercent", "1").param("method", "DECLINING")
                .param("repayment", "EQUAL_PRINCIPAL"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loan-products/{productId}/withdrawal", new Probe(f -> {
            ForeignArea.Product product = f.freshLoanProduct();
            return mvc.post().uri("/clubs/" + product.club() + "/loan-products/" + product.product() + "/withdrawal")
                    .with(csrf()).param("withdrawnOn", "2024-02-01");
        }, Expect.REFUSED));
        p.put("POST /clubs/{clubId}/loans", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/loans").with(csrf())
                .param("personId", f.person().toString()).param("amount", "1000").param("purpose", "CROPS")
                .param("termMonths", "3").param("appliedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/outside-loans", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/outside-loans")
                .with(csrf()).param("personId", f.person().toString()).param("lender", "NHCSXH").param("amount", "1000")
                .param("obtainedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /outside-loans/{id}/repaid", new Probe(f -> mvc.post().uri("/outside-loans/" + f.freshOutsideLoan()
                + "/repaid").with(csrf()).param("repaidOn", "2024-02-05"), Expect.REFUSED));
        p.put("GET /loans/{loanId}", new Probe(f -> mvc.get().uri("/loans/" + f.loan()), Expect.REFUSED));
        p.put("GET /loans/{loanId}/card", new Probe(f -> mvc.get().uri("/loans/" + f.loan() + "/card"), Expect.REFUSED));
        p.put("GET /loans/{loanId}/card.pdf", new Probe(f -> mvc.get().uri("/loans/" + f.loan() + "/card.pdf"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds/statement/print", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/funds/statement/print?fund=" + f.fund()), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/funds/statement.pdf", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/funds/statement.pdf?fund=" + f.fund()), Expect.REFUSED));
        p.put("POST /loans/{loanId}/decision", new Probe(f -> mvc.post().uri("/loans/" + f.freshLoan(Loans.Status.APPLIED)
                + "/decision")
                .with(csrf()).param("approve", "false").param("decidedOn", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/disbursement", new Probe(f -> mvc.post().uri("/loans/" + f.freshLoan(Loans.Status.APPROVED)
                + "/disbursement")
                .with(csrf()).param("on", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/repayments", new Probe(f -> mvc.post().uri("/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/repayments")
                .with(csrf()).param("amount", "1000").param("on", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/reschedule", new Probe(f -> mvc.post().uri("/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/reschedule")
                .with(csrf()).param("decidedOn", "2024-01-05").param("termMonths", "6").param("reason", "x"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/repayments/{entryId}/reversal", new Probe(f -> {
            ForeignArea.Repaid repaid = f.freshRepayment();
            return mvc.post().uri("/loans/" + repaid.loan() + "/repayments/" + repaid.entry() + "/reversal").with(csrf())
                    .param("reason", "x");
        }, Expect.REFUSED));
        p.put("POST /loans/{loanId}/recoveries", new Probe(f -> mvc.post().uri("/loans/" + f.freshWrittenOffLoan()
                + "/recoveries").with(csrf()).param("amount", "1000").param("on", "2024-01-05"), Expect.REFUSED));
        p.put("POST /loans/{loanId}/write-off", new Probe(f -> mvc.post().uri("/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/write-off")
                .with(csrf()).param("reason", "x"), Expect.REFUSED));
        p.put("GET /members/{personId}", new Probe(f -> mvc.get().uri("/members/" + f.person()), Expect.REFUSED));
        p.put("POST /members/{personId}/consents", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/consents")
                .param("basis", "CONSENT").param("purposes", "MEMBERSHIP", "HEALTH_MONITORING").param("givenOn", "2024-05-02")
                .param("evidence", "PAPER_FORM_SIGNED").with(csrf()), Expect.REFUSED));
        p.put("POST /members/{personId}/consents/{consentId}/withdrawal", new Probe(f -> mvc.post().uri("/members/"
                + f.person() + "/consents/" + freshConsent(f) + "/withdrawal").param("withdrawnOn", "2025-01-10")
                .param("reason", "Không muốn tiếp tục").with(csrf()), Expect.REFUSED));
        p.put("GET /persons/{personId}/data.json", new Probe(f -> mvc.get().uri("/persons/" + f.person() + "/data.json"),
                Expect.REFUSED));
        p.put("GET /persons/{personId}/data.pdf", new Probe(f -> mvc.get().uri("/persons/" + f.person() + "/data.pdf"),
                Expect.REFUSED));
        p.put("GET /members/{personId}/anonymise", new Probe(f -> mvc.get().uri("/members/" + f.person() + "/anonymise"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/anonymise", new Probe(f -> mvc.post().uri("/members/" + f.freshPerson()
                + "/anonymise").param("reason", "Người đó yêu cầu").param("confirmed", "true").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/persons/{personId}/consents", new Probe(f -> mvc.get().uri("/api/v1/persons/" + f.person()
                + "/consents"), Expect.REFUSED));
        p.put("POST /api/v1/persons/{personId}/consents", new Probe(f -> mvc.post().uri("/api/v1/persons/" + f.person()
                + "/consents").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"CONSENT\","
                + "\"purposes\":[\"HOME_CARE\"],\"givenOn\":\"2024-05-02\",\"evidence\":\"ORAL_WITH_WITNESS\","
                + "\"witness\":\"Trưởng thôn\"}"), Expect.REFUSED));
        p.put("POST /api/v1/persons/{personId}/consents/{consentId}/withdrawal", new Probe(f -> mvc.post().uri(
                "/api/v1/persons/" + f.person() + "/consents/" + freshConsent(f) + "/withdrawal").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"2025-01-10\",\"reason\":\"Chuyển đi\"}"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/merge", new Probe(f -> mvc.post().uri("/members/" + f.freshPerson() + "/merge").with(csrf())
                .param("duplicateId", f.freshPersonElsewhere().toString()), Expect.REFUSED));
        p.put("POST /members/{personId}/distinct", new Probe(f -> mvc.post().uri("/members/" + f.person() + "/distinct").with(csrf())
                .param("otherId", f.freshPerson().toString()), Expect.REFUSED));
        p.put("POST /memberships/{id}/leave", new Probe(f -> {
            MemberRow leaving = f.freshMember();
            return mvc.post().uri("/memberships/" + leaving.membershipId() + "/leave").with(csrf())
                    .param("personId", leaving.person().id().toString()).param("reason", "MOVED").param("leftOn", "2025-01-01");
        }, Expect.REFUSED));
        String json = "application/json";
        p.put("GET /api/v1/clubs", new Probe(f -> mvc.get().uri("/api/v1/clubs?size=1000"), Expect.FILTERED));
        p.put("POST /api/v1/clubs", new Probe(f -> mvc.post().uri("/api/v1/clubs").with(csrf()).contentType(json)
                .content("{\"villageId\":\"" + f.village() + "\",\"code\":\"Z" + f.unique() + "\",\"name\":\"A\",\"decisionNumber\":\"1\","
                        + "\"decisionDate\":\"2024-01-01\",\"foundedOn\":\"2024-01-01\",\"meetingDay\":\"D1\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/status", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.freshClub() + "/status").with(csrf())
                .contentType(json).content("{\"status\":\"DISSOLVED\",\"effective\":\"2025-01-01\",\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("PUT /api/v1/clubs/{id}/projects", new Probe(f -> mvc.put().uri("/api/v1/clubs/" + f.freshClub() + "/projects").with(csrf())
                .contentType(json).content("[\"" + f.project() + "\"]"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}/board", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/board"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/board", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/board").with(csrf())
                .contentType(json).content("{\"personId\":\"" + f.freshPerson() + "\",\"role\":\"MEMBER\",\"startOn\":\"2024-01-01\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/board-seats/{seatId}/end", new Probe(f -> mvc.post().uri("/api/v1/board-seats/" + f.freshSeat() + "/end").with(csrf())
                .contentType(json).content("{\"endOn\":\"2025-01-01\"}"), Expect.REFUSED));
        p.put("PUT /api/v1/board-seats/{seatId}/account", new Probe(f -> mvc.put().uri("/api/v1/board-seats/" + f.seat()
                + "/account").with(csrf()).contentType(json).content("{\"username\":\"ke.gian." + f.unique() + "\"}"), Expect.REFUSED));
        p.put("GET /reports/annual", new Probe(f -> mvc.get().uri("/reports/annual?area=25&year=2025&boundaries=RESTATED"),
                Expect.REFUSED));
        p.put("GET /reports/annual.pdf", new Probe(f -> mvc.get().uri("/reports/annual.pdf?area=25&year=2025"
                + "&boundaries=RESTATED"), Expect.REFUSED));
        p.put("GET /reports/annual.docx", new Probe(f -> mvc.get().uri("/reports/annual.docx?area=25&year=2025"
                + "&boundaries=RESTATED&number=7"), Expect.REFUSED));
        p.put("POST /api/v1/indicators/rebuild", new Probe(f -> mvc.post().uri("/api/v1/indicators/rebuild").with(csrf()), Expect.REFUSED)
                .by(Insider.ADMIN).writingFiguresOnly());
        p.put("GET /api/v1/indicators/rebuild", new Probe(f -> mvc.get().uri("/api/v1/indicators/rebuild"), Expect.REFUSED)
                .by(Insider.ADMIN));
        p.put("GET /api/v1/clubs/{clubId}/loans", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/loans"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/loan-rules", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/loan-rules"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loan-rules", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/loan-rules").with(csrf()).contentType(json).content("{\"approvedOn\":\"2024-01-05\",\"maxAmount\":1000000,"
                + "\"maxTermMonths\":12,\"monthlyRate\":0.005,\"method\":\"FLAT\",\"repayment\":\"EQUAL_INSTALMENTS\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/loan-products", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/loan-products"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loan-products", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.freshClub()
                + "/loan-products").with(csrf()).contentType(json).content("{\"name\":\"Buôn bán\",\"rules\":{"
                + "\"approvedOn\":\"2024-01-05\",\"maxAmount\":1000000,\"maxTermMonths\":3,\"monthlyRate\":0.01,"
                + "\"method\":\"DECLINING\",\"repayment\":\"EQUAL_PRINCIPAL\"}}"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loan-products/{productId}/withdrawal", new Probe(f -> {
            ForeignArea.Product product = f.freshLoanProduct();
            return mvc.post().uri("/api/v1/clubs/" + product.club() + "/loan-products/" + product.product() + "/withdrawal")
                    .with(csrf()).contentType(json).content("{\"withdrawnOn\":\"2024-02-01\"}");
        }, Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/loans", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/loans").with(csrf())
                .contentType(json).content("{\"personId\":\"" + f.person() + "\",\"amount\":1000000,"
                        + "\"purpose\":\"CROPS\",\"termMonths\":6}"), Expect.REFUSED));
        p.put("GET /api/v1/loans/{loanId}", new Probe(f -> mvc.get().uri("/api/v1/loans/" + f.loan()), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/decision", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.freshLoan(Loans.Status.APPLIED)
                + "/decision").with(csrf()).contentType(json).content("{\"approve\":false,\"decidedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/disbursement", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.freshLoan(Loans.Status.APPROVED)
                + "/disbursement").with(csrf()).contentType(json).content("{\"on\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/repayments", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/repayments").with(csrf()).contentType(json).content("{\"on\":\"2024-01-05\",\"amount\":1000}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/repayments/{entryId}/reversal", new Probe(f -> {
            ForeignArea.Repaid repaid = f.freshRepayment();
            return mvc.post().uri("/api/v1/loans/" + repaid.loan() + "/repayments/" + repaid.entry() + "/reversal").with(csrf())
                    .contentType(json).content("{\"reason\":\"x\"}");
        }, Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/reschedule", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/reschedule").with(csrf()).contentType(json).content("{\"decidedOn\":\"2024-01-05\",\"termMonths\":6,"
                        + "\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/recoveries", new Probe(f -> mvc.post().uri("/api/v1/loans/"
                + f.freshWrittenOffLoan() + "/recoveries").with(csrf()).contentType(json)
                .content("{\"on\":\"2024-01-05\",\"amount\":1000}"), Expect.REFUSED));
        p.put("POST /api/v1/loans/{loanId}/write-off", new Probe(f -> mvc.post().uri("/api/v1/loans/" + f.freshLoan(Loans.Status.DISBURSED)
                + "/write-off").with(csrf()).contentType(json).content("{\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{id}/groups", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/groups"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{id}/groups", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/groups").with(csrf())
                .contentType(json).content("{\"name\":\"Tổ " + f.unique() + "\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/members", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/members"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/members", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/members").with(csrf())
                .contentType(json).content("{\"personId\":\"" + f.freshPersonElsewhere() + "\",\"joinedOn\":\"2024-01-01\"}"),
                Expect.REFUSED));
        p.put("PUT /api/v1/clubs/{id}", new Probe(f -> mvc.put().uri("/api/v1/clubs/" + f.club()).with(csrf()).contentType(json)
                .content("{\"version\":" + f.clubVersion() + ",\"club\":{\"code\":\"KTQ\",\"name\":\"CLB Kiểm Tra Quyền\",\"decisionNumber\":\"1\","
                        + "\"decisionDate\":\"2023-01-01\",\"foundedOn\":\"2023-01-01\",\"meetingDay\":\"D21\"}}"),
                Expect.REFUSED));
        p.put("PUT /api/v1/members/{personId}", new Probe(f -> mvc.put().uri("/api/v1/members/" + f.person()).with(csrf())
                .contentType(json).content("{\"version\":" + f.personVersion() + ",\"person\":{\"fullName\":\"Người Kiểm Tra Quyền\",\"sex\":\"F\","
                        + "\"birth\":\"1949\",\"ethnicity\":\"01\",\"household\":\"OTHER\"}}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/activities", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/activities?month=2023-02"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/activities", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/activities").with(csrf()).contentType(json).content("{\"kind\":\"COMMUNITY\",\"on\":\"2024-01-05\",\"title\":\"X\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/activities/{id}", new Probe(f -> mvc.get().uri("/api/v1/activities/" + f.activity()),
                Expect.REFUSED));
        p.put("PUT /api/v1/activities/{id}", new Probe(f -> mvc.put().uri("/api/v1/activities/" + f.activity()).with(csrf())
                .contentType(json).content("{\"version\":" + f.activityVersion() + ",\"activity\":{\"kind\":\"COMMUNITY\",\"on\":\"2024-01-05\","
                        + "\"title\":\"X\"}}"), Expect.REFUSED));
        p.put("POST /api/v1/activities/{id}/cancel", new Probe(f -> mvc.post().uri("/api/v1/activities/" + f.freshActivity()
                + "/cancel").with(csrf()).contentType(json).content("{\"reason\":\"nhầm\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/entitlements", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/entitlements"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/entitlements", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/entitlements").with(csrf()).contentType(json).content("{\"personName\":\"A\",\"benefit\":\"OTHER\","
                        + "\"appliedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/entitlements/{id}/decision", new Probe(f -> mvc.post().uri("/api/v1/entitlements/"
                + f.freshEntitlement() + "/decision").with(csrf()).contentType(json).content("{\"status\":\"OBTAINED\","
                        + "\"decidedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/funds", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/funds"),
                Expect.REFUSED));
        p.put("GET /api/v1/funds/{fundId}/statement", new Probe(f -> mvc.get().uri("/api/v1/funds/" + f.fund()
                + "/statement?from=2023-01-01&to=2023-12-31"), Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/contributions", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/contributions").with(csrf()).contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"source\":\"MEMBERS\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/expenses", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/expenses").with(csrf()).contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"purpose\":\"x\"}"),
                Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/transfers", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/transfers").with(csrf()).contentType(json).content("{\"date\":\"2024-01-05\",\"amount\":1000,\"toFundId\":\""
                        + f.incomeFund() + "\"}"), Expect.REFUSED));
        p.put("POST /api/v1/fund-entries/{entryId}/reversal", new Probe(f -> mvc.post().uri("/api/v1/fund-entries/"
                + f.freshEntry() + "/reversal").with(csrf()).contentType(json).content("{\"reason\":\"x\"}"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/funds/close", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.freshClub()
                + "/funds/close").with(csrf()).contentType(json).content("{\"month\":\"2023-01\"}"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/funds/reopen", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + closedClub(f)
                + "/funds/reopen").with(csrf()).contentType(json).content("{\"month\":\"2023-01\",\"reason\":\"Sửa sổ\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/funds/closings", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/funds/closings"), Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/cash-counts", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.fund()
                + "/cash-counts").with(csrf()).contentType(json).content("{\"date\":\"2024-01-05\",\"counted\":1000}"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/fees", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/fees?month=2024-01"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/fees/rates", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/fees/rates"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/fees/rates", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.freshClub()
                + "/fees/rates").with(csrf()).contentType(json).content("{\"from\":\"2024-02\",\"amount\":10000}"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/fees/exemptions", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/fees/exemptions"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/fees/exemptions", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/fees/exemptions").with(csrf()).contentType(json).content("{\"personId\":\"" + f.freshPerson()
                + "\",\"from\":\"2024-02\",\"reason\":\"Ốm\"}"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/fees/payments", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + feeClub(f)
                + "/fees/payments").with(csrf()).header("Idempotency-Key", "fee-" + f.unique()).contentType(json)
                .content("{\"personId\":\"" + f.freshPerson() + "\",\"date\":\"2024-01-05\",\"amount\":10000}"),
                Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/meeting-money", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/meeting-money?date=2024-01-05"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meeting-money", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + feeClub(f)
                + "/meeting-money").with(csrf()).contentType(json).content("{\"date\":\"2024-01-05\",\"lines\":["
                        + "{\"kind\":\"FEE\",\"personId\":\"" + f.freshPerson() + "\",\"amount\":10000,\"key\":\"m-"
                        + f.unique() + "\"}]}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/bank-accounts", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/bank-accounts"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/bank-accounts", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/bank-accounts").with(csrf()).contentType(json).content("{\"kind\":\"BANK\",\"name\":\"TK\",\"bank\":\"Agribank\","
                        + "\"accountNumber\":\"" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                        + "\",\"openedOn\":\"2024-01-05\"}"), Expect.REFUSED));
        p.put("POST /api/v1/funds/{fundId}/bank-movements", new Probe(f -> mvc.post().uri("/api/v1/funds/" + f.incomeFund()
                + "/bank-movements").with(csrf()).contentType(json).content("{\"kind\":\"DEPOSIT\",\"bankAccountId\":\""
                        + bankAccount(f) + "\",\"date\":\"2024-01-05\",\"amount\":1000}"), Expect.REFUSED));
        p.put("GET /api/v1/bank-accounts/{bankAccountId}/book", new Probe(f -> mvc.get().uri("/api/v1/bank-accounts/"
                + bankAccount(f) + "/book?on=2024-01-05"), Expect.REFUSED));
        p.put("POST /api/v1/bank-accounts/{bankAccountId}/reconciliations", new Probe(f -> mvc.post().uri(
                "/api/v1/bank-accounts/" + bankAccount(f) + "/reconciliations").with(csrf()).contentType(json)
                .content("{\"date\":\"2024-01-05\",\"balance\":0}"), Expect.REFUSED));
        p.put("GET /api/v1/bank-accounts/{bankAccountId}/reconciliations", new Probe(f -> mvc.get().uri(
                "/api/v1/bank-accounts/" + bankAccount(f) + "/reconciliations"), Expect.REFUSED));
        p.put("GET /api/v1/funds/{fundId}/cash-counts", new Probe(f -> mvc.get().uri("/api/v1/funds/" + f.fund()
                + "/cash-counts"), Expect.REFUSED));
        p.put("GET /api/v1/members/{personId}", new Probe(f -> mvc.get().uri("/api/v1/members/" + f.person()), Expect.REFUSED));
        p.put("POST /api/v1/memberships/{id}/leave", new Probe(f -> mvc.post().uri("/api/v1/memberships/" + f.freshMembership() + "/leave").with(csrf())
                .contentType(json).content("{\"leftOn\":\"2025-01-01\",\"reason\":\"MOVED\"}"), Expect.REFUSED));
        p.put("POST /api/v1/memberships/{id}/transfer", new Probe(f -> mvc.post().uri("/api/v1/memberships/" + f.freshMembership()
                + "/transfer").with(csrf()).contentType(json).content("{\"toClubId\":\"" + f.otherClub() + "\",\"on\":\"2025-01-01\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/standard", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/standard"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/import", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/members/import"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/import/template.xlsx", new Probe(f -> mvc.get()
                .uri("/clubs/" + f.club() + "/members/import/template.xlsx"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/members/import/members.xlsx", new Probe(f -> mvc.get()
                .uri("/clubs/" + f.club() + "/members/import/members.xlsx"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/members/import", new Probe(f -> mvc.post()
                .uri("/clubs/" + f.club() + "/members/import").multipart().file(sheet(f)).with(csrf()), Expect.REFUSED));
        p.put("GET /imports/{batchId}", new Probe(f -> mvc.get().uri("/imports/" + f.batch()), Expect.REFUSED));
        p.put("GET /imports/{batchId}/errors.xlsx", new Probe(f -> mvc.get().uri("/imports/" + f.batch() + "/errors.xlsx"),
                Expect.REFUSED));
        p.put("GET /imports/{batchId}/progress", new Probe(f -> mvc.get().uri("/imports/" + f.batch() + "/progress"),
                Expect.REFUSED));
        p.put("POST /imports/{batchId}/confirm", new Probe(f -> mvc.post().uri("/imports/" + f.freshBatch() + "/confirm")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /imports/{batchId}/cancel", new Probe(f -> mvc.post().uri("/imports/" + f.freshBatch() + "/cancel")
                .with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/members/imports", new Probe(f -> mvc.post()
                .uri("/api/v1/clubs/" + f.club() + "/members/imports").with(csrf()).multipart().file(sheet(f)), Expect.REFUSED));
        p.put("POST /api/v1/imports/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/api/v1/imports/" + f.freshBatch() + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/imports/{batchId}", new Probe(f -> mvc.get().uri("/api/v1/imports/" + f.batch()),
                Expect.REFUSED));
        meetingProbes(p);
        meetingBookProbes(p);
        clubImportProbes(p);
        fundBookProbes(p);
        homeCareProbes(p);
        targetProbes(p);
        trainingProbes(p);
        dashboardProbes(p);
        approvalProbes(p);
        return p;
    }

    void dashboardProbes(Map<String, Probe> p) {
        String year = "?period=2026&area=25";
        p.put("GET /dashboard", new Probe(f -> mvc.get().uri("/dashboard" + year), Expect.REFUSED));
        p.put("GET /meeting-books", new Probe(f -> mvc.get().uri("/meeting-books?area=25&month=2026-11"), Expect.REFUSED));
        p.put("GET /api/v1/indicators", new Probe(f -> mvc.get().uri("/api/v1/indicators" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.xlsx", new Probe(f -> mvc.get().uri("/api/v1/indicators.xlsx" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.adx", new Probe(f -> mvc.get().uri("/api/v1/indicators.adx" + year), Expect.REFUSED));
        p.put("GET /api/v1/indicators.json", new Probe(f -> mvc.get().uri("/api/v1/indicators.json" + year
                + "&format=dhis2"), Expect.REFUSED));
        p.put("GET /api/v1/indicators/dhis2/metadata", new Probe(f -> mvc.get().uri("/api/v1/indicators/dhis2/metadata"),
                Expect.REFUSED).by(Insider.ADMIN));
    }

    int approvalMonths;

    /** A month over and not yet approved in Phú Thọ: each request that needs one gets another. */
    String approvalMonth() {
        int used = jdbc.sql("select count(distinct period) from figure_approval where area_path like '25%'")
                .query(Integer.class).single();
        return java.time.YearMonth.of(2024, 12).minusMonths(used + approvalMonths++).toString();
    }

    /** A month that every commune of Phú Thọ with a club has approved, so that the province may. */
    String provinceReady(ForeignArea f) {
        vn.ishc.reporting.FigureApprovals approvals = beans.getBean(vn.ishc.reporting.FigureApprovals.class);
        vn.ishc.reporting.Period month = vn.ishc.reporting.FigureApprovals.period(approvalMonth());
        approvals.state("25", month, AreaScope.nation()).communes().forEach(c -> approvals.approve(c.path(), month, "test",
                AreaScope.ofPath(c.path())));
        return month.code();
    }

    /** A month that the foreign club's commune has approved. */
    String communeApproved(ForeignArea f) {
        vn.ishc.reporting.Period month = vn.ishc.reporting.FigureApprovals.period(approvalMonth());
        String commune = foreignCommune(f);
        beans.getBean(vn.ishc.reporting.FigureApprovals.class).approve(commune, month, "test", AreaScope.ofPath(commune));
        return month.code();
    }

    String foreignCommune(ForeignArea f) {
        return units.get(f.commune(), AreaScope.nation()).path();
    }

    void approvalProbes(Map<String, Probe> p) {
        String json = "application/json";
        p.put("GET /approvals", new Probe(f -> mvc.get().uri("/approvals?area=25&period=2024-12"), Expect.REFUSED));
        p.put("POST /approvals/approve", new Probe(f -> mvc.post().uri("/approvals/approve").with(csrf())
                .param("area", "25").param("period", provinceReady(f)), Expect.REFUSED));
        p.put("POST /approvals/return", new Probe(f -> mvc.post().uri("/approvals/return").with(csrf())
                .param("area", foreignCommune(f)).param("period", communeApproved(f)).param("reason", "Xem lại"),
                Expect.REFUSED));
        p.put("GET /api/v1/approvals", new Probe(f -> mvc.get().uri("/api/v1/approvals?area=25&period=2024-12"),
                Expect.REFUSED));
        p.put("POST /api/v1/approvals", new Probe(f -> mvc.post().uri("/api/v1/approvals").with(csrf()).contentType(json)
                .content("{\"area\":\"25\",\"period\":\"" + provinceReady(f) + "\"}"), Expect.REFUSED));
        p.put("POST /api/v1/approvals/returns", new Probe(f -> mvc.post().uri("/api/v1/approvals/returns").with(csrf())
                .contentType(json).content("{\"area\":\"" + foreignCommune(f) + "\",\"period\":\"" + communeApproved(f)
                        + "\",\"reason\":\"Xem lại\"}"), Expect.REFUSED));
    }

    void trainingProbes(Map<String, Probe> p) {
        String json = "application/json";
        String course = "{\"title\":\"Tập huấn Kiểm Tra Quyền\",\"kind\":\"CLUB_BOARD\",\"areaPath\":\"25\","
                + "\"startsOn\":\"2024-03-04\",\"endsOn\":\"2024-03-05\"}";
        String outsider = "{\"fullName\":\"Người Lạ %s\",\"sex\":\"F\"}";
        p.put("GET /trainings", new Probe(f -> mvc.get().uri("/trainings"), Expect.FILTERED));
        p.put("POST /trainings", new Probe(f -> mvc.post().uri("/trainings").with(csrf()).param("title", "Tập huấn")
                .param("kind", "CLUB_BOARD").param("areaPath", "25").param("startsOn", "2024-03-04")
                .param("endsOn", "2024-03-05"), Expect.REFUSED));
        p.put("GET /trainings/{id}", new Probe(f -> mvc.get().uri("/trainings/" + f.course()), Expect.REFUSED));
        p.put("POST /trainings/{id}", new Probe(f -> mvc.post().uri("/trainings/" + f.course()).with(csrf())
                .param("version", String.valueOf(f.courseVersion())).param("title", "Tập huấn Kiểm Tra Quyền").param("kind", "CLUB_BOARD").param("areaPath", "25")
                .param("startsOn", "2024-03-04").param("endsOn", "2024-03-05"), Expect.REFUSED));
        p.put("POST /trainings/{id}/cancel", new Probe(f -> mvc.post().uri("/trainings/" + f.freshCourse() + "/cancel")
                .with(csrf()).param("reason", "Thử"), Expect.REFUSED));
        p.put("POST /trainings/{id}/participants", new Probe(f -> mvc.post().uri("/trainings/" + f.course()
                + "/participants").with(csrf()).param("fullName", "Người Lạ " + f.unique()).param("sex", "F"), Expect.REFUSED));
        p.put("POST /trainings/{id}/participants/{participantId}/remove", new Probe(f -> mvc.post().uri("/trainings/"
                + f.course() + "/participants/" + f.freshParticipant() + "/remove").with(csrf()), Expect.REFUSED));
        p.put("GET /awards", new Probe(f -> mvc.get().uri("/awards"), Expect.FILTERED));
        p.put("POST /awards", new Probe(f -> mvc.post().uri("/awards").with(csrf()).param("givenOn", "2024-06-01")
                .param("issuer", "Hội NCT").param("decisionNumber", f.unique() + "/QĐ").param("areaPath", "25")
                .param("recipientKind", "CLUB").param("clubId", f.club().toString()), Expect.REFUSED));
        p.put("GET /api/v1/trainings", new Probe(f -> mvc.get().uri("/api/v1/trainings"), Expect.FILTERED));
        p.put("POST /api/v1/trainings", new Probe(f -> mvc.post().uri("/api/v1/trainings").with(csrf()).contentType(json)
                .content(course), Expect.REFUSED));
        p.put("GET /api/v1/trainings/{id}", new Probe(f -> mvc.get().uri("/api/v1/trainings/" + f.course()),
                Expect.REFUSED));
        p.put("PUT /api/v1/trainings/{id}", new Probe(f -> mvc.put().uri("/api/v1/trainings/" + f.course()).with(csrf())
                .contentType(json).content(course.replace("{", "{\"version\":" + f.courseVersion() + ",")), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/cancellation", new Probe(f -> mvc.post().uri("/api/v1/trainings/" + f.freshCourse()
                + "/cancellation").with(csrf()).contentType(json).content("{\"reason\":\"Thử\"}"), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/participants", new Probe(f -> mvc.post().uri("/api/v1/trainings/"
                + f.course() + "/participants").with(csrf()).contentType(json).content(outsider.formatted(f.unique())), Expect.REFUSED));
        p.put("POST /api/v1/trainings/{id}/participants/{participantId}/removal", new Probe(f -> mvc.post()
                .uri("/api/v1/trainings/" + f.course() + "/participants/" + f.freshParticipant() + "/removal").with(csrf()),
                Expect.REFUSED));
        p.put("GET /api/v1/awards", new Probe(f -> mvc.get().uri("/api/v1/awards"), Expect.FILTERED));
        p.put("GET /api/v1/awards/{id}", new Probe(f -> mvc.get().uri("/api/v1/awards/" + f.award()), Expect.REFUSED));
        p.put("POST /api/v1/awards", new Probe(f -> mvc.post().uri("/api/v1/awards").with(csrf()).contentType(json)
                .content("{\"givenOn\":\"2024-06-01\",\"issuer\":\"Hội NCT\",\"decisionNumber\":\"" + f.unique() + "/QĐ\","
                        + "\"areaPath\":\"25\",\"recipientKind\":\"CLUB\",\"clubId\":\"" + f.club() + "\"}"),
                Expect.REFUSED));
    }

    void targetProbes(Map<String, Probe> p) {
        String json = "application/json";
        p.put("GET /targets", new Probe(f -> mvc.get().uri("/targets"), Expect.FILTERED));
        p.put("GET /targets/{id}", new Probe(f -> mvc.get().uri("/targets/" + f.target()), Expect.REFUSED));
        p.put("POST /targets", new Probe(f -> mvc.post().uri("/targets").with(csrf()).param("areaPath", "25")
                .param("code", "CLUBS_NEW").param("first", "2026-01").param("last", "2030-12").param("value", "5")
                .param("documentKind", "PROVINCIAL_PLAN").param("documentNumber", "Kế hoạch Kiểm Tra Quyền"), Expect.REFUSED));
        p.put("POST /targets/{id}/shares", new Probe(f -> mvc.post().uri("/targets/" + f.nationalTarget() + "/shares")
                .with(csrf()).param("share-25", "1"), Expect.REFUSED).by(Insider.ADMIN));
        p.put("GET /api/v1/targets", new Probe(f -> mvc.get().uri("/api/v1/targets"), Expect.FILTERED));
        p.put("GET /api/v1/targets/{id}", new Probe(f -> mvc.get().uri("/api/v1/targets/" + f.target()), Expect.REFUSED));
        p.put("POST /api/v1/targets", new Probe(f -> mvc.post().uri("/api/v1/targets").with(csrf()).contentType(json)
                .content("{\"code\":\"CLUBS_NEW\",\"areaPath\":\"25\",\"first\":\"2026-01\",\"last\":\"2030-12\","
                        + "\"value\":5,\"document\":{\"kind\":\"PROVINCIAL_PLAN\",\"number\":\"1/KH\"}}"), Expect.REFUSED));
        p.put("POST /api/v1/targets/{id}/shares", new Probe(f -> mvc.post().uri("/api/v1/targets/" + f.nationalTarget()
                + "/shares").with(csrf()).contentType(json).content("{\"shares\":{\"25\":2}}"), Expect.REFUSED).by(Insider.ADMIN));
    }

    void homeCareProbes(Map<String, Probe> p) {
        String json = "application/json";
        String visit = "{\"visitedOn\":\"2023-03-02\",\"volunteerIds\":[\"%s\"],\"tasks\":[\"MEALS\"]}";
        p.put("GET /clubs/{clubId}/homecare", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/homecare"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/homecare/volunteers").with(csrf()).param("name", "Người Lạ"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/homecare/recipients").with(csrf()).param("name", "Người Lạ").param("reasons", "FRAIL")
                .param("from", "2024-01-01"), Expect.REFUSED));
        p.put("POST /homecare/volunteers/{id}/end", new Probe(f -> mvc.post().uri("/homecare/volunteers/" + f.freshVolunteer()
                + "/end").with(csrf()).param("endedOn", "2024-01-01"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/end", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.freshRecipient()
                + "/end").with(csrf()).param("endedOn", "2024-01-01").param("reason", "x"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/plan", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.recipient()
                + "/plan").with(csrf()).param("visits", "1").param("per", "MONTH").param("tasks", "MEALS"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/assignments", new Probe(f -> mvc.post().uri("/homecare/recipients/"
                + f.recipient() + "/assignments").with(csrf()).param("volunteerId", f.freshVolunteer().toString()), Expect.REFUSED));
        p.put("POST /homecare/assignments/{id}/end", new Probe(f -> mvc.post().uri("/homecare/assignments/" + f.freshAssignment()
                + "/end").with(csrf()).param("recipientId", f.recipient().toString()), Expect.REFUSED));
        p.put("GET /long-term-care", new Probe(f -> mvc.get().uri("/long-term-care"), Expect.FILTERED)
                .by(Insider.COMMUNE_OFFICER));
        p.put("POST /long-term-care/cases", new Probe(f -> mvc.post().uri("/long-term-care/cases").with(csrf())
                .param("clubId", f.club().toString()).param("name", "Cụ Người Lạ").param("sex", "M")
                .param("birthYear", "1939").param("openedOn", "2023-03-01"), Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("GET /long-term-care/cases/{id}", new Probe(f -> mvc.get().uri("/long-term-care/cases/" + f.ltcCase()),
                Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("GET /long-term-care/cases/{id}/assess", new Probe(f -> mvc.get().uri("/long-term-care/cases/"
                + f.ltcCase() + "/assess"), Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("POST /long-term-care/cases/{id}/assessments", new Probe(f -> ltcAnswers(mvc.post().uri(
                "/long-term-care/cases/" + f.ltcCase() + "/assessments").with(csrf())), Expect.REFUSED)
                .by(Insider.COMMUNE_OFFICER));
        p.put("POST /long-term-care/cases/{id}/changes", new Probe(f -> mvc.post().uri("/long-term-care/cases/"
                + f.ltcCase() + "/changes").with(csrf()).param("kind", "FALL").param("happenedOn", "2023-03-02"),
                Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("POST /long-term-care/cases/{id}/close", new Probe(f -> mvc.post().uri("/long-term-care/cases/"
                + f.freshLtcCase() + "/close").with(csrf()).param("reason", "MOVED").param("closedOn", "2023-03-02"),
                Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("GET /api/v1/long-term-care/cases", new Probe(f -> mvc.get().uri("/api/v1/long-term-care/cases"),
                Expect.FILTERED).by(Insider.COMMUNE_OFFICER));
        p.put("POST /api/v1/long-term-care/cases", new Probe(f -> mvc.post().uri("/api/v1/long-term-care/cases")
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"clubId\":\"" + f.club()
                        + "\",\"name\":\"Cụ Người Lạ\",\"sex\":\"M\",\"birthYear\":1939,\"openedOn\":\"2023-03-01\"}"),
                Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("GET /api/v1/long-term-care/cases/{id}", new Probe(f -> mvc.get().uri("/api/v1/long-term-care/cases/"
                + f.ltcCase()), Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("POST /api/v1/long-term-care/cases/{id}/assessments", new Probe(f -> mvc.post().uri(
                "/api/v1/long-term-care/cases/" + f.ltcCase() + "/assessments").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ltcAnswersJson()), Expect.REFUSED)
                .by(Insider.COMMUNE_OFFICER));
        p.put("POST /api/v1/long-term-care/cases/{id}/changes", new Probe(f -> mvc.post().uri(
                "/api/v1/long-term-care/cases/" + f.ltcCase() + "/changes").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"happenedOn\":\"2023-03-02\",\"kind\":\"FALL\"}"),
                Expect.REFUSED).by(Insider.COMMUNE_OFFICER));
        p.put("GET /homecare/mine", new Probe(f -> mvc.get().uri("/homecare/mine"), Expect.FILTERED).by(Insider.VOLUNTEER));
        p.put("GET /clubs/{clubId}/homecare/visit-sheet", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/homecare/visit-sheet"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/homecare/visit-sheet.pdf", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/homecare/visit-sheet.pdf?volunteer=" + f.volunteer()), Expect.REFUSED));
        p.put("GET /homecare/recipients/{id}/visit", new Probe(f -> mvc.get().uri("/homecare/recipients/" + f.recipient()
                + "/visit"), Expect.REFUSED));
        p.put("POST /homecare/recipients/{id}/visits", new Probe(f -> mvc.post().uri("/homecare/recipients/" + f.recipient()
                + "/visits").with(csrf()).param("visitedOn", "2023-03-02").param("volunteerIds", f.volunteer().toString())
                .param("tasks", "MEALS"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/volunteers"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/homecare/volunteers", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/homecare/volunteers").with(csrf()).contentType(json).content("{\"name\":\"Người Lạ\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/recipients"), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/homecare/recipients", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club()
                + "/homecare/recipients").with(csrf()).contentType(json)
                .content("{\"name\":\"Người Lạ\",\"reasons\":[\"FRAIL\"],\"from\":\"2024-01-01\"}"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/homecare/month", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/homecare/month?month=2023-03"), Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/plan", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/plan"), Expect.REFUSED));
        p.put("PUT /api/v1/homecare/recipients/{id}/plan", new Probe(f -> mvc.put().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/plan").with(csrf()).contentType(json).content("{\"visits\":1,\"per\":\"MONTH\",\"tasks\":[\"MEALS\"]}"),
                Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/assignments", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/assignments"), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/assignments", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/assignments").with(csrf()).contentType(json).content("{\"volunteerId\":\"" + f.freshVolunteer() + "\"}"),
                Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{id}/visits", new Probe(f -> mvc.get().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/visits"), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/visits", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.recipient() + "/visits").with(csrf()).contentType(json).content(visit.formatted(f.volunteer())), Expect.REFUSED));
        p.put("GET /api/v1/homecare/visits/{id}", new Probe(f -> mvc.get().uri("/api/v1/homecare/visits/" + f.visit()),
                Expect.REFUSED));
        p.put("PUT /api/v1/homecare/visits/{id}", new Probe(f -> mvc.put().uri("/api/v1/homecare/visits/" + f.visit()).with(csrf())
                .contentType(json).content("{\"version\":" + f.visitVersion() + ",\"visit\":" + visit.formatted(f.volunteer()) + "}"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/visits/held/{heldId}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/visits/held/" + f.freshHeldVisit()), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/visits/held/{heldId}/drop", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/visits/held/" + f.freshHeldVisit() + "/drop").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/homecare/recipients/{recipientId}/visits/held", new Probe(f -> mvc.get()
                .uri("/api/v1/homecare/recipients/" + f.recipient() + "/visits/held?visit=" + java.util.UUID.randomUUID()),
                Expect.REFUSED));
        String ending = "{\"on\":\"2024-01-01\",\"reason\":\"Chuyển đi\"}";
        p.put("POST /api/v1/homecare/volunteers/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/volunteers/"
                + f.freshVolunteer() + "/end").with(csrf()).contentType(json).content(ending), Expect.REFUSED));
        p.put("POST /api/v1/homecare/recipients/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/recipients/"
                + f.freshRecipient() + "/end").with(csrf()).contentType(json).content(ending), Expect.REFUSED));
        p.put("POST /api/v1/homecare/assignments/{id}/end", new Probe(f -> mvc.post().uri("/api/v1/homecare/assignments/"
                + f.freshAssignment() + "/end").with(csrf()).contentType(json).content(ending), Expect.REFUSED));
        p.put("GET /api/v1/homecare/mine", new Probe(f -> mvc.get().uri("/api/v1/homecare/mine"), Expect.FILTERED)
                .by(Insider.VOLUNTEER));
    }

    void meetingBookProbes(Map<String, Probe> p) {
        p.put("GET /meeting-books/import", new Probe(f -> mvc.get().uri("/meeting-books/import?club=" + f.club()),
                Expect.REFUSED));
        p.put("GET /meeting-books/import/template.xlsx", new Probe(f -> mvc.get()
                .uri("/meeting-books/import/template.xlsx?club=" + f.club()), Expect.REFUSED));
        p.put("POST /meeting-books/import", new Probe(f -> mvc.post().uri("/meeting-books/import")
                .multipart().file(meetingBook(f)).param("club", f.club().toString()).with(csrf()), Expect.REFUSED));
        p.put("GET /meeting-books/imports/{batchId}", new Probe(f -> mvc.get()
                .uri("/meeting-books/imports/" + meetingBookBatch(f)), Expect.REFUSED));
        p.put("GET /meeting-books/imports/{batchId}/errors.xlsx", new Probe(f -> mvc.get()
                .uri("/meeting-books/imports/" + meetingBookBatch(f) + "/errors.xlsx"), Expect.REFUSED));
        p.put("POST /meeting-books/imports/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/meeting-books/imports/" + meetingBookBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("POST /meeting-books/imports/{batchId}/cancel", new Probe(f -> mvc.post()
                .uri("/meeting-books/imports/" + meetingBookBatch(f) + "/cancel").with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/imports/meeting-books", new Probe(f -> mvc.post().uri("/api/v1/imports/meeting-books")
                .with(csrf()).multipart().file(meetingBook(f)), Expect.REFUSED));
        p.put("POST /api/v1/imports/meeting-books/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/api/v1/imports/meeting-books/" + meetingBookBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/imports/meeting-books/{batchId}", new Probe(f -> mvc.get()
                .uri("/api/v1/imports/meeting-books/" + meetingBookBatch(f)), Expect.REFUSED));
    }

    void clubImportProbes(Map<String, Probe> p) {
        p.put("GET /clubs/import", new Probe(f -> mvc.get().uri("/clubs/import?area=" + f.clubCommune()), Expect.REFUSED));
        p.put("GET /clubs/import/template.xlsx", new Probe(f -> mvc.get()
                .uri("/clubs/import/template.xlsx?area=" + f.clubCommune()), Expect.REFUSED));
        p.put("POST /clubs/import", new Probe(f -> mvc.post().uri("/clubs/import").multipart()
                .file(meetingBookFile(clubSheet(f))).param("area", String.valueOf(f.clubCommune())).with(csrf()),
                Expect.REFUSED));
        p.put("GET /club-imports/{batchId}", new Probe(f -> mvc.get().uri("/club-imports/" + clubBatch(f)), Expect.REFUSED));
        p.put("GET /club-imports/{batchId}/errors.xlsx", new Probe(f -> mvc.get()
                .uri("/club-imports/" + clubBatch(f) + "/errors.xlsx"), Expect.REFUSED));
        p.put("POST /club-imports/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/club-imports/" + clubBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("POST /club-imports/{batchId}/cancel", new Probe(f -> mvc.post()
                .uri("/club-imports/" + clubBatch(f) + "/cancel").with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/imports/clubs", new Probe(f -> mvc.post().uri("/api/v1/imports/clubs").with(csrf())
                .multipart().file(meetingBookFile(clubSheet(f))).param("area", String.valueOf(f.clubCommune())),
                Expect.REFUSED));
        p.put("POST /api/v1/imports/clubs/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/api/v1/imports/clubs/" + clubBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/imports/clubs/{batchId}", new Probe(f -> mvc.get()
                .uri("/api/v1/imports/clubs/" + clubBatch(f)), Expect.REFUSED));
    }

    /** The foreign club's commune's sheet: a new club in the foreign club's village, and a row in a village not there. */
    byte[] clubSheet(ForeignArea f) {
        var club = beans.getBean(vn.ishc.clubs.Clubs.class).get(f.club(), AreaScope.nation());
        String village = beans.getBean(vn.ishc.geography.Villages.class).get(club.villageId(), AreaScope.nation()).name();
        String s = java.util.UUID.randomUUID().toString().substring(0, 6);
        return vn.ishc.exchange.ClubSheets.sheet()
                .club("KT-" + s, "CLB Kiểm Tra Nhập " + s, village, "1/QĐ-UBND", "01/09/2025", "", 15)
                .club("KX-" + s, "CLB Kiểm Tra Lỗi " + s, "Thôn Không Có " + s, "2/QĐ-UBND", "01/09/2025", "", 15)
                .bytes();
    }

    /** A fresh preview of the foreign commune's clubs, uploaded by the foreign officer. */
    java.util.UUID clubBatch(ForeignArea f) {
        return beans.getBean(vn.ishc.exchange.ClubImports.class).preview(f.clubCommune(), "cau-lac-bo.xlsx",
                new java.io.ByteArrayInputStream(clubSheet(f)), f.username(), AreaScope.nation()).id();
    }

    void fundBookProbes(Map<String, Probe> p) {
        p.put("GET /fund-books/import", new Probe(f -> mvc.get().uri("/fund-books/import?club=" + f.club()),
                Expect.REFUSED));
        p.put("GET /fund-books/import/template.xlsx", new Probe(f -> mvc.get()
                .uri("/fund-books/import/template.xlsx?club=" + f.club()), Expect.REFUSED));
        p.put("POST /fund-books/import", new Probe(f -> mvc.post().uri("/fund-books/import")
                .multipart().file(fundBook(f)).param("club", f.club().toString()).with(csrf()), Expect.REFUSED));
        p.put("GET /fund-books/imports/{batchId}", new Probe(f -> mvc.get()
                .uri("/fund-books/imports/" + fundBookBatch(f)), Expect.REFUSED));
        p.put("GET /fund-books/imports/{batchId}/errors.xlsx", new Probe(f -> mvc.get()
                .uri("/fund-books/imports/" + fundBookBatch(f) + "/errors.xlsx"), Expect.REFUSED));
        p.put("POST /fund-books/imports/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/fund-books/imports/" + fundBookBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("POST /fund-books/imports/{batchId}/cancel", new Probe(f -> mvc.post()
                .uri("/fund-books/imports/" + fundBookBatch(f) + "/cancel").with(csrf()), Expect.REFUSED));
        p.put("POST /api/v1/imports/fund-books", new Probe(f -> mvc.post().uri("/api/v1/imports/fund-books")
                .with(csrf()).multipart().file(fundBook(f)), Expect.REFUSED));
        p.put("POST /api/v1/imports/fund-books/{batchId}/confirm", new Probe(f -> mvc.post()
                .uri("/api/v1/imports/fund-books/" + fundBookBatch(f) + "/confirm").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/imports/fund-books/{batchId}", new Probe(f -> mvc.get()
                .uri("/api/v1/imports/fund-books/" + fundBookBatch(f)), Expect.REFUSED));
    }

    /**
     * The foreign club's fund book: a contribution no other sheet has (so that confirming adds it) and a row
     * whose amount is not whole đồng (a refused row, for the error copy).
     */
    byte[] fundBookSheet(ForeignArea f) {
        String club = beans.getBean(vn.ishc.clubs.Clubs.class).get(f.club(), AreaScope.nation()).code();
        return vn.ishc.exchange.FundBookSheets.sheet()
                .entry(club, "15/12/2023", "Quỹ hoạt động", "Thu - Cộng đồng", "100.000",
                        "Đóng góp " + java.util.UUID.randomUUID())
                .entry(club, "15/12/2023", "Quỹ hoạt động", "Thu - Cộng đồng", "1,5", "").bytes();
    }

    org.springframework.mock.web.MockMultipartFile fundBook(ForeignArea f) {
        return new org.springframework.mock.web.MockMultipartFile("file", "so-quy.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fundBookSheet(f));
    }

    /** A fresh preview of the foreign club's fund book, uploaded by the foreign officer. */
    java.util.UUID fundBookBatch(ForeignArea f) {
        return beans.getBean(vn.ishc.exchange.FundBookImports.class).preview("so-quy.xlsx",
                new java.io.ByteArrayInputStream(fundBookSheet(f)), f.username(), AreaScope.nation(), id -> true).id();
    }

    /** Days of late 2023 no other probe records a meeting of the foreign club on: one pair per meeting book. */
    final java.util.concurrent.atomic.AtomicInteger meetingBookDays = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The foreign club's meeting book of two fresh days, as its members' rows: everyone present on the first; on the
     * second, the first member with an impossible reading (a refused meeting, for the error copy).
     */
    byte[] meetingBookSheet(ForeignArea f) {
        int n = meetingBookDays.getAndIncrement();
        LocalDate good = LocalDate.of(2023, 10, 1).plusDays(2L * n);
        LocalDate bad = good.plusDays(1);
        var sheet = vn.ishc.exchange.MeetingBookSheets.sheet();
        var members = beans.getBean(vn.ishc.members.Members.class);
        String club = beans.getBean(vn.ishc.clubs.Clubs.class).get(f.club(), AreaScope.nation()).code();
        for (var m : members.membersOf(f.club(), good, AreaScope.nation())) {
            sheet.member(club, good.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), m.person().id(),
                    "Có", "", "", "", "");
        }
        sheet.member(club, bad.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), f.person(), "Có",
                999, 80, 70, "");
        return sheet.bytes();
    }

    static org.springframework.mock.web.MockMultipartFile meetingBookFile(byte[] bytes) {
        return new org.springframework.mock.web.MockMultipartFile("file", "so-sinh-hoat.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    org.springframework.mock.web.MockMultipartFile meetingBook(ForeignArea f) {
        return meetingBookFile(meetingBookSheet(f));
    }

    /** A fresh preview of the foreign club's meeting book, uploaded by the foreign officer. */
    java.util.UUID meetingBookBatch(ForeignArea f) {
        return beans.getBean(vn.ishc.exchange.MeetingBookImports.class).preview("so-sinh-hoat.xlsx",
                new java.io.ByteArrayInputStream(meetingBookSheet(f)), f.username(), AreaScope.nation()).id();
    }

    void meetingProbes(Map<String, Probe> p) {
        String json = "application/json";
        String entry = "{\"heldOn\":\"%s\",\"rows\":[{\"personId\":\"%s\",\"status\":\"PRESENT\"}]}";
        p.put("GET /clubs/{clubId}/meetings", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/meetings"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meetings/new", new Probe(f -> mvc.get().uri("/clubs/" + f.club() + "/meetings/new"),
                Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meetings/register", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/meetings/register"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meetings/register.pdf", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/meetings/register.pdf?month=2023-03"), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meetings", new Probe(f -> mvc.post().uri("/clubs/" + f.club() + "/meetings").with(csrf())
                .param("heldOn", f.meetingDay().toString()).param("rows[0].personId", f.person().toString())
                .param("rows[0].status", "PRESENT"), Expect.REFUSED));
        p.put("GET /meetings/{id}", new Probe(f -> mvc.get().uri("/meetings/" + f.meeting()), Expect.REFUSED));
        p.put("GET /meetings/{id}/edit", new Probe(f -> mvc.get().uri("/meetings/" + f.meeting() + "/edit?layout=grid"),
                Expect.REFUSED));
        p.put("GET /members/{personId}/health", new Probe(f -> mvc.get().uri("/members/" + f.person() + "/health"),
                Expect.REFUSED));
        p.put("POST /members/{personId}/health/profile", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/profile").with(csrf()).param("heightCm", "150"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/checkups", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/checkups").with(csrf()).param("checkedOn", "2024-01-01")
                .param("place", "Trạm y tế"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/referrals", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/referrals").with(csrf()).param("referredOn", "2024-01-01")
                .param("destination", "HOSPITAL"), Expect.REFUSED));
        p.put("POST /members/{personId}/health/referrals/{referralId}/outcome", new Probe(f -> mvc.post()
                .uri("/members/" + f.person() + "/health/referrals/" + f.freshReferral() + "/outcome").with(csrf())
                .param("outcome", "Đã khám"), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/meetings", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club() + "/meetings"),
                Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meetings", new Probe(f -> mvc.post().uri("/api/v1/clubs/" + f.club() + "/meetings").with(csrf())
                .contentType(json).content(entry.formatted(f.meetingDay(), f.person())), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meetings/book", new Probe(f -> mvc.post()
                .uri("/api/v1/clubs/" + f.club() + "/meetings/book").with(csrf()).contentType(json)
                .content("{\"meetings\":[" + entry.formatted(f.meetingDay(), f.person()) + "]}"), Expect.REFUSED));
        p.put("GET /api/v1/meetings/{id}", new Probe(f -> mvc.get().uri("/api/v1/meetings/" + f.meeting()), Expect.REFUSED));
        p.put("PUT /api/v1/meetings/{id}", new Probe(f -> mvc.put().uri("/api/v1/meetings/" + f.meeting()).with(csrf())
                .contentType(json).content("{\"version\":" + f.meetingVersion() + ",\"heldOn\":\"2023-02-21\",\"guests\":2,"
                        + "\"rows\":[{\"personId\":\"" + f.person() + "\",\"status\":\"PRESENT\"}]}"), Expect.REFUSED));
        p.put("GET /clubs/{clubId}/meetings/held/{heldId}", new Probe(f -> mvc.get().uri("/clubs/" + f.club()
                + "/meetings/held/" + f.freshHeld()), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meetings/held/{heldId}/keep-sent", new Probe(f -> mvc.post().uri("/clubs/" + f.club()
                + "/meetings/held/" + f.freshHeld() + "/keep-sent").with(csrf()), Expect.REFUSED));
        p.put("POST /clubs/{clubId}/meetings/held/{heldId}/keep-current", new Probe(f -> mvc.post().uri("/clubs/"
                + f.club() + "/meetings/held/" + f.freshHeld() + "/keep-current").with(csrf()), Expect.REFUSED));
        p.put("GET /api/v1/clubs/{clubId}/meetings/held", new Probe(f -> mvc.get().uri("/api/v1/clubs/" + f.club()
                + "/meetings/held?client=" + f.freshHeldClient()), Expect.REFUSED));
        p.put("POST /api/v1/clubs/{clubId}/meetings/held/{clientId}/dropped", new Probe(f -> mvc.post()
                .uri("/api/v1/clubs/" + f.club() + "/meetings/held/" + f.freshHeldClient() + "/dropped").with(csrf()),
                Expect.REFUSED));
        p.put("GET /api/v1/meetings/{id}/versions", new Probe(f -> mvc.get().uri("/api/v1/meetings/" + f.meeting() + "/versions"),
                Expect.REFUSED));
        p.put("GET /api/v1/members/{personId}/health", new Probe(f -> mvc.get().uri("/api/v1/members/" + f.person() + "/health"),
                Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/readings", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/readings").with(csrf()).contentType(json)
                .content("{\"clubId\":\"" + f.club() + "\",\"takenOn\":\"2024-01-01\",\"origin\":\"CAMPAIGN\","
                        + "\"systolic\":130,\"diastolic\":80}"), Expect.REFUSED));
        p.put("PUT /api/v1/members/{personId}/health/profile", new Probe(f -> mvc.put()
                .uri("/api/v1/members/" + f.person() + "/health/profile").with(csrf()).contentType(json).content("{\"heightCm\":150}"),
                Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/checkups", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/checkups").with(csrf()).contentType(json)
                .content("{\"checkedOn\":\"2024-01-01\",\"place\":\"Trạm y tế\"}"), Expect.REFUSED));
        p.put("POST /api/v1/members/{personId}/referrals", new Probe(f -> mvc.post()
                .uri("/api/v1/members/" + f.person() + "/referrals").with(csrf()).contentType(json)
                .content("{\"referredOn\":\"2024-01-01\",\"destination\":\"HOSPITAL\"}"), Expect.REFUSED));
        p.put("POST /api/v1/referrals/{id}/outcome", new Probe(f -> mvc.post()
                .uri("/api/v1/referrals/" + f.freshReferral() + "/outcome").with(csrf()).contentType(json)
                .content("{\"outcome\":\"Đã khám\"}"), Expect.REFUSED));
    }

    /** A members sheet as a club fills in the template, as an upload's file part. */
    static org.springframework.mock.web.MockMultipartFile sheet(ForeignArea f) {
        return new org.springframework.mock.web.MockMultipartFile("file", "thanh-vien.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f.sheet());
    }

    @Test
    void everyEndpointHasAnAccessProbe() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.ishc")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        endpoints.removeAll(NOT_SCOPED);
        assertThat(probes().keySet()).containsAll(endpoints.stream().filter(e -> !NOT_SCOPED.contains(e)).toList());
        assertThat(endpoints).containsAll(probes().keySet());
    }

    @Test
    void everyProbeSucceedsForWhoMaySendItAndIsRefusedToEveryRoleOutsideTheArea() {
        List<String> broken = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        Map<String, Probe> probes = probes();
        for (var entry : probes.entrySet()) {
            String failure = control(entry.getKey(), entry.getValue());
            if (failure != null) {
                broken.add(entry.getKey() + " by " + entry.getValue().insider() + ": " + failure);
            } else {
                leaks.addAll(refusals(entry.getKey(), entry.getValue()));
            }
        }
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(broken).as("probes whose request fails for a user who may send it").isEmpty();
            softly.assertThat(leaks).as("requests from outside the area that were not refused").isEmpty();
        });
    }

    /**
     * Why the probe's request, sent by who may send it, did not succeed; null when it did. A write must also
     * have changed the database, so that its refusals are refusals of a request that would have written.
     */
    private String control(String endpoint, Probe probe) {
        AbstractMockHttpServletRequestBuilder<?> request = probe.request().apply(foreign).with(insider(probe.insider()));
        settle();
        boolean write = !endpoint.startsWith("GET ") && probe.writesRecords();
        Map<String, String> before = write ? fingerprint.take() : Map.of();
        MvcTestResult result = mvc.perform(request);
        settle();
        String failure = failureOf(probe, result);
        if (failure == null && write && DatabaseFingerprint.changed(before, fingerprint.take()).isEmpty()) {
            failure = "answered " + result.getResponse().getStatus() + " but changed nothing";
        }
        return failure == null ? null : result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " "
                + failure;
    }

    /**
     * Why an answer is not a success: 2xx; for a form posted from a page, a redirect to a page other than
     * sign-in or error, with no failure flashed; for a list, one that shows the foreign records.
     */
    private String failureOf(Probe probe, MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return "failed with " + result.getUnresolvedException();
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        boolean pageForm = !"GET".equals(result.getRequest().getMethod())
                && !result.getRequest().getRequestURI().startsWith("/api/");
        if (pageForm || probe.redirects()) {
            String to = response.getRedirectedUrl();
            if (status / 100 != 3) {
                return ("answered " + status + " instead of a redirect " + excerpt(result)).strip();
            }
            if (to == null || to.contains("/login") || to.contains("/error")) {
                return "redirected to " + to;
            }
            for (var flashed : result.getMvcResult().getFlashMap().entrySet()) {
                if (flashed.getKey().equals("failure") || flashed.getKey().endsWith("Error")) {
                    return "redirected to " + to + " with " + flashed.getKey() + " \"" + flashed.getValue() + "\"";
                }
            }
            return null;
        }
        if (status / 100 != 2) {
            return ("answered " + status + " " + excerpt(result)).strip();
        }
        if (probe.expect() == Expect.FILTERED && !showsForeign(bodyOf(result))) {
            return "answered " + status + " without the foreign records, so leaving them out proves nothing";
        }
        return null;
    }

    /**
     * The probe's request sent by every role of Lạng Sơn, each with a record of its own where the request uses
     * one up: what was not properly refused. A write is checked to have changed nothing by one fingerprint of
     * the database before the five requests and one after them (the fresh records are made before).
     */
    private List<String> refusals(String endpoint, Probe probe) {
        Map<Role, AbstractMockHttpServletRequestBuilder<?>> requests = new LinkedHashMap<>();
        SCOPED_ROLES.forEach(role -> requests.put(role, probe.request().apply(foreign)
                .with(user(usernames.get(role)).roles(role.name()))));
        settle();
        boolean write = !endpoint.startsWith("GET ");
        Map<String, String> before = write ? fingerprint.take() : Map.of();
        List<String> leaks = new ArrayList<>();
        requests.forEach((role, request) -> {
            String leak = refusal(probe, usernames.get(role), request);
            if (leak != null) {
                leaks.add(role + " " + endpoint + ": " + leak);
            }
        });
        List<String> changed = write ? DatabaseFingerprint.changed(before, fingerprint.take()) : List.of();
        if (!changed.isEmpty()) {
            leaks.add(endpoint + ": the requests from outside the area changed " + changed);
        }
        return leaks;
    }

    /** Why the request of a user of Lạng Sơn was not refused (403 and its audit line, or a list without it); null if it was. */
    private String refusal(Probe probe, String username, AbstractMockHttpServletRequestBuilder<?> request) {
        long refusalsBefore = refusalsOf(username);
        MvcTestResult result = mvc.perform(request);
        if (result.getUnresolvedException() != null) {
            return "failed with " + result.getUnresolvedException();
        }
        int status = result.getResponse().getStatus();
        if (probe.expect() == Expect.FILTERED && status == 200) {
            return showsForeign(bodyOf(result)) ? "answered 200 with foreign records" : null;
        }
        if (status != 403) {
            return "answered " + status;
        }
        String action = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
        if (refusalsOf(username) != refusalsBefore + 1 || !action.equals(lastRefusalOf(username))) {
            return "refused without its line in the audit log";
        }
        return null;
    }

    /** Whether a page or list shows anything of the foreign area, down to its officer's user name. */
    private boolean showsForeign(String body) {
        return body.contains(foreign.username()) || FOREIGN_TEXTS.stream().anyMatch(body::contains);
    }

    /** Every answer of a long-term care assessment, as the API takes it. */
    private static String ltcAnswersJson() {
        StringBuilder barthel = new StringBuilder();
        for (vn.ishc.longtermcare.BarthelItem item : vn.ishc.longtermcare.BarthelItem.values()) {
            barthel.append(barthel.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":").append(item.highest());
        }
        StringBuilder lawton = new StringBuilder();
        for (vn.ishc.longtermcare.LawtonItem item : vn.ishc.longtermcare.LawtonItem.values()) {
            lawton.append(lawton.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":true");
        }
        StringBuilder screens = new StringBuilder();
        for (vn.ishc.longtermcare.ScreenItem item : vn.ishc.longtermcare.ScreenItem.values()) {
            screens.append(screens.isEmpty() ? "" : ",").append('"').append(item.name()).append("\":false");
        }
        return "{\"assessedOn\":\"2023-03-02\",\"barthel\":{" + barthel + "},\"lawton\":{" + lawton
                + "},\"screens\":{" + screens + "},\"living\":\"ALONE\",\"hasCarer\":true}";
    }

    /** Every answer of a long-term care assessment form. */
    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B ltcAnswers(B post) {
        post.param("assessedOn", "2023-03-02").param("living", "ALONE").param("hasCarer", "true");
        for (vn.ishc.longtermcare.BarthelItem item : vn.ishc.longtermcare.BarthelItem.values()) {
            post.param("barthel." + item.name(), String.valueOf(item.highest()));
        }
        for (vn.ishc.longtermcare.LawtonItem item : vn.ishc.longtermcare.LawtonItem.values()) {
            post.param("lawton." + item.name(), "true");
        }
        for (vn.ishc.longtermcare.ScreenItem item : vn.ishc.longtermcare.ScreenItem.values()) {
            post.param("screens." + item.name(), "false");
        }
        return post;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor insider(Insider who) {
        return switch (who) {
            case OFFICER -> user(foreign.username()).roles(Role.PROVINCE_OFFICER.name());
            case VOLUNTEER -> user(foreign.volunteerUser()).roles(Role.HOMECARE_VOLUNTEER.name());
            case ADMIN -> user(foreign.admin()).roles(Role.NATIONAL_ADMIN.name());
            case COMMUNE_OFFICER -> user(foreign.communeOfficer()).roles(Role.COMMUNE_OFFICER.name());
        };
    }

    /** Waits for what a request left running (an import being saved) to end, so that it writes nothing later. */
    private void settle() {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jdbc.sql("select count(*) from import_batch where status = 'SAVING'").query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("An import is still being saved after two minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long refusalsOf(String username) {
        return jdbc.sql("select count(*) from audit_event where actor = :u and outcome = 'refused'").param("u", username)
                .query(Long.class).single();
    }

    private String lastRefusalOf(String username) {
        return jdbc.sql("select action from audit_event where actor = :u and outcome = 'refused' order by id desc limit 1")
                .param("u", username).query(String.class).optional().orElse(null);
    }

    /**
     * Every page of the matrix that a national administrator opens, and a page not found and one refused, have a
     * title a person can read: no template text, no message key, not the template's placeholder.
     */
    @Test
    void everyPageANationalAdministratorOpensAndEveryErrorPageHasAReadableTitle() {
        Map<String, MvcTestResult> pages = new LinkedHashMap<>();
        for (var entry : probes().entrySet()) {
            if (entry.getKey().startsWith("GET ") && !entry.getKey().startsWith("GET /api/")) {
                settle();
                pages.put(entry.getKey(), mvc.perform(entry.getValue().request().apply(foreign)
                        .with(insider(Insider.ADMIN))));
            }
        }
        pages.put("a page not found", mvc.perform(mvc.get().uri("/clubs/" + java.util.UUID.randomUUID())
                .with(insider(Insider.ADMIN))));
        pages.put("a page refused", mvc.perform(mvc.get().uri("/units/" + foreign.oldProvince())
                .with(user(usernames.get(Role.PROVINCE_OFFICER)).roles(Role.PROVINCE_OFFICER.name()))));
        pages.put("a page refused in English", mvc.perform(mvc.get().uri("/units/" + foreign.oldProvince() + "?lang=en")
                .with(user(usernames.get(Role.PROVINCE_OFFICER)).roles(Role.PROVINCE_OFFICER.name()))));
        for (int status : new int[] {403, 404, 418, 500, 502}) {
            pages.put("the error page of the server for " + status, mvc.perform(mvc.get().uri("/error")
                    .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                    .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
                    .with(insider(Insider.ADMIN)).accept(MediaType.TEXT_HTML)));
        }
        settle();
        List<String> bad = new ArrayList<>();
        int read = 0;
        for (var page : pages.entrySet()) {
            String type = page.getValue().getResponse().getContentType();
            if (type == null || !type.startsWith("text/html") || page.getValue().getResponse().getStatus() / 100 == 3) {
                continue;
            }
            String body = bodyOf(page.getValue());
            if (!body.contains("<html")) {
                continue; // a fragment that htmx puts into a page
            }
            read++;
            String title = org.jsoup.Jsoup.parse(body).title().strip();
            if (title.isEmpty() || title.contains("${") || title.contains("#{") || title.contains("??")
                    || title.matches("(?i)error|title|ISHC|[a-z]+")) {
                bad.add(page.getKey() + " (" + page.getValue().getResponse().getStatus() + "): \"" + title + "\"");
            }
        }
        assertThat(read).as("pages read").isGreaterThan(40);
        assertThat(bad).as("pages whose title is not readable").isEmpty();
    }

    /** The start of an answer's body, to see why it failed. */
    private static String excerpt(MvcTestResult result) {
        String body = bodyOf(result).replaceAll("\\s+", " ").strip();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String bodyOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
