package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFixtures;
import vn.ishc.funds.Funds;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Requests the API cannot take as sent: each answer is a problem detail in the caller's language that names
 * the field by its place in the body and repeats the value sent, and nothing is recorded. A number with a
 * fraction is never rounded into money.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadRequestsTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Clock clock;
    @Autowired
    Funds funds;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Boards boards;
    @Autowired
    Members members;

    Club club;
    Fund fund;
    RequestPostProcessor treasurer;
    String today;

    @BeforeAll
    void aClubWithItsTreasurer() {
        club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        UserView board = UserFixtures.create(accounts, "tq-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Thủ quỹ");
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Thủ quỹ", board.username());
        accounts.limitToClub(board.id(), club.id(), UserFixtures.ROOT);
        treasurer = user(board.username()).roles("CLUB_BOARD");
        fund = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        today = BusinessCalendar.today(clock).toString();
    }

    @Test
    void anAmountWithAFractionIsRefusedNamingTheFieldAndTheValueSentAndNothingIsRecorded() throws Exception {
        String body = contribution("1000.5");
        Map<String, Object> vi = problem(contribute(body, "vi"), 400);
        assertThat(vi).containsEntry("field", "amount").containsEntry("value", "1000.5");
        assertThat((String) vi.get("detail")).contains("amount").contains("1000.5").contains("số nguyên");

        Map<String, Object> en = problem(contribute(body, "en"), 400);
        assertThat(en).containsEntry("field", "amount").containsEntry("value", "1000.5");
        assertThat((String) en.get("detail")).contains("amount").contains("1000.5").contains("whole number");

        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
    }

    /** What was sent for the amount, and the value the problem repeats. */
    @Test
    void everyAmountThatIsNotAWholeNumberWrittenAsOneIsRefusedAsSent() throws Exception {
        Map<String, String> sent = Map.of("\"abc\"", "abc", "\"1500.75\"", "1500.75", "1e30", "1e30", "1000.0", "1000.0",
                "1e3", "1e3", "\"1500\"", "1500", "true", "true");
        for (var e : sent.entrySet()) {
            Map<String, Object> p = problem(contribute(contribution(e.getKey()), "en"), 400);
            assertThat(p).as(e.getKey()).containsEntry("field", "amount").containsEntry("value", e.getValue());
            assertThat((String) p.get("detail")).as(e.getKey()).contains(e.getValue()).contains("whole number");
        }
        Map<String, Object> tooLarge = problem(contribute(contribution("9223372036854775808"), "vi"), 400);
        assertThat(tooLarge).containsEntry("field", "amount").containsEntry("value", "9223372036854775808");
        assertThat((String) tooLarge.get("detail")).contains("9223372036854775808").contains("quá lớn");
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
    }

    @Test
    void anImpossibleDateAndAnUnknownSourceAreRefusedNamingTheField() throws Exception {
        Map<String, Object> date = problem(contribute(
                "{\"date\":\"2026-02-30\",\"amount\":1000,\"source\":\"COMMUNITY\"}", "vi"), 400);
        assertThat(date).containsEntry("field", "date").containsEntry("value", "2026-02-30");
        assertThat((String) date.get("detail")).contains("2026-02-30").contains("năm-tháng-ngày");

        Map<String, Object> epochDay = problem(contribute(
                "{\"date\":20260101,\"amount\":1000,\"source\":\"COMMUNITY\"}", "en"), 400);
        assertThat(epochDay).containsEntry("field", "date").containsEntry("value", "20260101");

        Map<String, Object> source = problem(contribute(
                "{\"date\":\"" + today + "\",\"amount\":1000,\"source\":\"BANKK\"}", "en"), 400);
        assertThat(source).containsEntry("field", "source").containsEntry("value", "BANKK");
        assertThat((String) source.get("detail")).contains("BANKK").contains("COMMUNITY");

        Map<String, Object> index = problem(contribute(
                "{\"date\":\"" + today + "\",\"amount\":1000,\"source\":0}", "en"), 400);
        assertThat(index).containsEntry("field", "source").containsEntry("value", "0");
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
    }

    @Test
    void aValueDeepInTheBodyIsNamedByItsPath() throws Exception {
        String row = "{\"personId\":\"" + UUID.randomUUID() + "\",\"status\":\"PRESENT\",\"reading\":{\"systolic\":%s}}";
        String book = "{\"meetings\":[{\"heldOn\":\"2025-09-21\",\"rows\":[" + row.formatted("120") + ","
                + row.formatted("121") + "," + row.formatted("120.5") + "]}]}";
        MvcTestResult result = mvc.post().uri("/api/v1/clubs/" + club.id() + "/meetings/book").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", "en").content(book).exchange();
        Map<String, Object> p = problem(result, 400);
        assertThat(p).containsEntry("field", "meetings[0].rows[2].reading.systolic").containsEntry("value", "120.5");
    }

    @Test
    void everyAmountOfTheLoansIsWholeDongToo() throws Exception {
        MvcTestResult rules = mvc.post().uri("/api/v1/clubs/" + club.id() + "/loan-rules").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", "en")
                .content("{\"approvedOn\":\"" + today + "\",\"maxAmount\":5000000.5,\"maxTermMonths\":12}").exchange();
        assertThat(problem(rules, 400)).containsEntry("field", "maxAmount").containsEntry("value", "5000000.5");
        MvcTestResult loan = mvc.post().uri("/api/v1/clubs/" + club.id() + "/loans").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", "en")
                .content("{\"personId\":\"" + UUID.randomUUID() + "\",\"amount\":2e6,\"termMonths\":6.5}").exchange();
        assertThat(problem(loan, 400)).containsEntry("field", "amount").containsEntry("value", "2e6");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAs415InTheCallersLanguage() throws Exception {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            MvcTestResult vi = mvc.post().uri("/api/v1/funds/" + fund.id() + "/contributions").with(csrf()).with(treasurer)
                    .contentType(type).header("Accept-Language", "vi").content("amount=1000").exchange();
            assertThat(vi).hasStatus(415).hasContentTypeCompatibleWith("application/problem+json");
            assertThat(detail(vi)).contains(type).contains("application/json").contains("Nội dung");
            MvcTestResult en = mvc.post().uri("/api/v1/funds/" + fund.id() + "/contributions").with(csrf()).with(treasurer)
                    .contentType(type).header("Accept-Language", "en").content("amount=1000").exchange();
            assertThat(en).hasStatus(415).hasContentTypeCompatibleWith("application/problem+json");
            assertThat(detail(en)).contains(type).contains("application/json").contains("send");
        }
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
    }

    @Test
    void aMethodNotAllowedAndAnAnswerNotAcceptableAreProblemsInTheCallersLanguage() throws Exception {
        MvcTestResult put = mvc.put().uri("/api/v1/funds/" + fund.id() + "/contributions").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", "vi").content(contribution("1000")).exchange();
        assertThat(put).hasStatus(405).hasContentTypeCompatibleWith("application/problem+json").hasHeader("Allow", "POST");
        assertThat(title(put)).isEqualTo("Phương thức không được hỗ trợ");
        assertThat(detail(put)).contains("PUT").contains("POST");
        MvcTestResult putEn = mvc.put().uri("/api/v1/funds/" + fund.id() + "/contributions").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", "en").content(contribution("1000")).exchange();
        assertThat(detail(putEn)).contains("PUT").contains("POST").contains("not");

        MvcTestResult csv = mvc.get().uri("/api/v1/clubs/" + club.id() + "/funds").with(treasurer).accept("text/csv")
                .header("Accept-Language", "en").exchange();
        assertThat(csv).hasStatus(406).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(detail(csv)).contains("text/csv").contains("application/json");
    }

    @Test
    void jsonThatDoesNotParseSaysWhereItBreaks() throws Exception {
        MvcTestResult broken = contribute("{\"date\":\"" + today + "\",\n\"amount\": 10 00}", "en");
        assertThat(broken).hasStatus(400).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(detail(broken)).contains("line 2");
    }

    private String contribution(String amount) {
        return "{\"date\":\"" + today + "\",\"amount\":" + amount + ",\"source\":\"COMMUNITY\",\"description\":\"Góp\"}";
    }

    private MvcTestResult contribute(String body, String language) {
        return mvc.post().uri("/api/v1/funds/" + fund.id() + "/contributions").with(csrf()).with(treasurer)
                .contentType("application/json").header("Accept-Language", language).content(body).exchange();
    }

    /** The problem's detail with its first field's name and value, after checking its status and type. */
    private static Map<String, Object> problem(MvcTestResult result, int status) throws UnsupportedEncodingException {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith("application/problem+json");
        String json = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Map.of("detail", JsonPath.read(json, "$.detail"), "field", JsonPath.read(json, "$.errors[0].field"),
                "value", String.valueOf((Object) JsonPath.read(json, "$.errors[0].value")));
    }

    private static String detail(MvcTestResult result) throws UnsupportedEncodingException {
        return JsonPath.read(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.detail");
    }

    private static String title(MvcTestResult result) throws UnsupportedEncodingException {
        return JsonPath.read(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.title");
    }
}
