package vn.ishc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.exchange.MemberSheets;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * Speed of the club register through the real server, as a browser meets it (signed in, over HTTP):
 * the club list of a province with 500 clubs, the page of a club with 120 members, and a 5,000-row
 * members sheet from upload to saved, and a full monthly meeting (60 attendances, 60 readings) saved. Run with {@code ./mvnw -Pbenchmark test}; the figures go to the
 * log and to target/benchmark/register.md. Nothing here is a pass/fail time limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBenchmark {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    private static final Logger log = LoggerFactory.getLogger(RegisterBenchmark.class);
    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2023, 3, 1);
    static final int WARM_UP = 15;
    static final int RUNS = 40;

    @LocalServerPort
    int port;
    @Autowired
    Clubs clubs;
    @Autowired
    Boards boards;
    @Autowired
    Members members;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate tx;

    HttpClient http;
    long province;
    UUID bigClub;
    UUID importClub;
    UUID meetingClub;
    List<UUID> meetingMembers = new ArrayList<>();
    final List<String> report = new ArrayList<>();

    @BeforeAll
    void fiveHundredClubsInOneProvince() throws Exception {
        LocalDate before = LocalDate.of(2024, 1, 1);
        AdminUnit oldLangSon = units.at(AdminUnit.Level.PROVINCE, "20", before, NATION);
        List<AdminUnit> communes = units.children(oldLangSon, before, NATION).stream()
                .flatMap(d -> units.children(d, before, NATION).stream()).toList();
        long started = System.nanoTime();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            AdminUnit commune = communes.get(i % communes.size());
            int n = i;
            ids.add(tx.execute(s -> {
                UUID village = villages.create(null, commune.id(), "Thôn Đo Tốc Độ " + n, "benchmark", NATION).id();
                return clubs.register(new NewClub(null, village, "B" + n, "CLB Liên thế hệ thôn Đo Tốc Độ " + n,
                        n + "/QĐ-UBND", FOUNDED, "UBND xã", FOUNDED, "D21"), "benchmark", NATION).id();
            }));
        }
        bigClub = ids.get(0);
        importClub = ids.get(1);
        meetingClub = ids.get(2);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 60; i++) {
                meetingMembers.add(members.enrol(null, new PersonDetails("Nông Văn Họp " + i, i % 3 == 0 ? "Nam" : "Nữ",
                        "1950", "Nùng", "Khác", null, null, null, false, false, null, null, null), meetingClub, FOUNDED,
                        "benchmark", NATION).person().id());
            }
        });
        tx.executeWithoutResult(s -> {
            List<MemberRow> rows = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                rows.add(members.enrol(null, new PersonDetails("Hoàng Thị Thành Viên " + i, i % 3 == 0 ? "Nam" : "Nữ",
                        (1940 + i % 30) + "", i % 2 == 0 ? "Tày" : "Nùng", i % 8 == 0 ? "Nghèo" : "Khác",
                        i % 8 == 0 ? 2024 : null, null, null, false, i % 11 == 0, null, null, null), bigClub, FOUNDED,
                        "benchmark", NATION));
            }
            boards.appoint(bigClub, rows.get(0).person().id(), BoardRole.CHAIR, List.of(), FOUNDED, "benchmark", NATION);
            boards.appoint(bigClub, rows.get(1).person().id(), BoardRole.FINANCE, List.of(), FOUNDED, "benchmark", NATION);
            for (int g = 0; g < 3; g++) {
                UUID group = boards.createGroup(bigClub, "Tổ " + (g + 1), rows.get(g + 2).person().id(), "benchmark",
                        NATION).id();
                for (int i = 10 + g; i < 120; i += 3) {
                    boards.addToGroup(group, rows.get(i).person().id(), "benchmark", NATION);
                }
            }
        });
        log.info("Benchmark data: 500 clubs in Lạng Sơn, one with 120 members, in {} s",
                (System.nanoTime() - started) / 1_000_000_000);
        province = units.at(AdminUnit.Level.PROVINCE, "20", vn.ishc.shared.BusinessCalendar.today(clock), NATION).id();
        UserFixtures.create(accounts, "bench.tinh", Role.PROVINCE_OFFICER, province, "mat-khau-do-toc-do", "Đo tốc độ");
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        signIn("bench.tinh", "mat-khau-do-toc-do");
        report.add("| What | Runs | Median ms | 95th percentile ms | Max ms |");
        report.add("|---|---|---|---|---|");
    }

    @Test
    void clubListOfAProvinceWith500Clubs() throws Exception {
        String body = get("/clubs?area=" + province);
        assertThat(Pattern.compile("href=\"/clubs/[0-9a-f-]{36}\"").matcher(body).results().count()).isEqualTo(500);
        time("Club list, province with 500 clubs (today's map)", "/clubs?area=" + province);
        time("Club list, province with 500 clubs (old map)", "/clubs?map=old&area="
                + units.at(AdminUnit.Level.PROVINCE, "20", LocalDate.of(2024, 1, 1), NATION).id());
    }

    @Test
    void clubPageWith120Members() throws Exception {
        String body = get("/clubs/" + bigClub);
        assertThat(body).contains("Hoàng Thị Thành Viên 119");
        time("Club page, 120 members, board and 3 groups", "/clubs/" + bigClub);
    }

    @Test
    void fiveThousandRowSheetFromUploadToSaved() throws Exception {
        MemberSheets sheet = MemberSheets.sheet();
        for (int i = 0; i < 5_000; i++) {
            sheet.row("Người Thứ " + i, i % 3 == 0 ? "Nam" : "Nữ", (i % 28 + 1) + "/" + (i % 12 + 1) + "/" + (1940 + i % 30),
                    "Tày", i % 7 == 0 ? "Nghèo" : "Khác", i % 7 == 0 ? "2024" : "", "", "", "Không", "Không",
                    "09" + String.format("%08d", i), "0201" + String.format("%08d", i), "01/03/2024");
        }
        byte[] file = sheet.bytes();
        String boundary = "do-toc-do-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"xa.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(uri("/api/v1/clubs/" + importClub + "/members/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
        long previewed = System.nanoTime();
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String batch = field(uploaded.body(), "id");
        assertThat(field(uploaded.body(), "toAdd")).isEqualTo("5000");
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(uri("/api/v1/imports/" + batch + "/confirm"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(202);
        String status;
        do {
            Thread.sleep(100);
            status = field(get("/api/v1/imports/" + batch), "status");
        } while (status.equals("SAVING"));
        long saved = System.nanoTime();
        assertThat(status).isEqualTo("SAVED");
        report.add(String.format("| 5,000-row members sheet: upload and preview | 1 | %d | | |", (previewed - started) / 1_000_000));
        report.add(String.format("| 5,000-row members sheet: upload to saved | 1 | %d | | |", (saved - started) / 1_000_000));
        write();
    }

    @Test
    void aFullMeetingOf60AttendancesAnd60ReadingsSavedInOneRequest() throws Exception {
        String page = get("/clubs/" + meetingClub + "/meetings/new?layout=grid");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String csrf = m.group(1);
        LocalDate today = vn.ishc.shared.BusinessCalendar.today(clock);
        int runs = WARM_UP + RUNS;
        long[] ms = new long[RUNS];
        for (int r = 0; r < runs; r++) {
            StringBuilder form = new StringBuilder("_csrf=" + enc(csrf) + "&id=" + UUID.randomUUID() + "&heldOn="
                    + today.minusDays(r + 1) + "&place=" + enc("Nhà văn hóa") + "&learningTopic=" + enc("Dinh dưỡng")
                    + "&guests=2&layout=grid");
            for (int i = 0; i < meetingMembers.size(); i++) {
                String p = "rows[" + i + "].";
                form.append('&').append(enc(p + "personId")).append('=').append(meetingMembers.get(i))
                        .append('&').append(enc(p + "status")).append("=PRESENT")
                        .append('&').append(enc(p + "systolic")).append('=').append(120 + i % 40)
                        .append('&').append(enc(p + "diastolic")).append('=').append(75 + i % 10)
                        .append('&').append(enc(p + "pulse")).append("=72")
                        .append('&').append(enc(p + "weightKg")).append("=55.5");
            }
            long t = System.nanoTime();
            HttpResponse<String> saved = http.send(HttpRequest.newBuilder(uri("/clubs/" + meetingClub + "/meetings"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - t) / 1_000;
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElse("")).contains("/meetings/");
            if (r >= WARM_UP) {
                ms[r - WARM_UP] = took;
            }
        }
        Arrays.sort(ms);
        String line = String.format("| Full meeting saved: 60 attendances and 60 readings, one request | %d | %.1f | %.1f | %.1f |",
                RUNS, ms[RUNS / 2] / 1000.0, ms[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0, ms[RUNS - 1] / 1000.0);
        report.add(line);
        write();
    }

    private void time(String what, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            get(path);
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        String line = String.format("| %s | %d | %.1f | %.1f | %.1f |", what, RUNS, ms[RUNS / 2] / 1000.0,
                ms[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0, ms[RUNS - 1] / 1000.0);
        report.add(line);
        log.info("{}", line);
        write();
    }

    private void write() throws IOException {
        Path out = Path.of("target/benchmark/register.md");
        Files.createDirectories(out.getParent());
        String text = "# Club register and meeting benchmark\n\nServer: " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL; data: 500 clubs in one province, one with 120 members, one with 60.\n\n"
                + String.join("\n", report) + "\n";
        Files.writeString(out, text, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        log.info("\n{}", text);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private void signIn(String username, String password) throws Exception {
        String page = get("/login");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
