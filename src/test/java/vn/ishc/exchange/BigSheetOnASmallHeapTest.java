package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.shared.AreaScope;

/**
 * A club's board member uploads a sheet of 130,000 ordinary member rows (6 MB, some 78 MB of sheet
 * XML) to the running server while another user goes on working in it. Read whole, such a sheet once
 * took the server's heap, and the server with it. Failsafe runs this class alone on a 512 MB heap (the
 * {@code small-heap} run in pom.xml), half of what reading that sheet whole takes: the upload is refused
 * for its rows, every page the other user asked for came back, and the server answers afterwards. On its
 * own: {@code ./mvnw test-compile failsafe:integration-test@small-heap failsafe:verify@small-heap}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BigSheetOnASmallHeapTest {

    private static final Logger log = LoggerFactory.getLogger(BigSheetOnASmallHeapTest.class);
    static final String PASSWORD = "mat-khau-dai-1";
    static final int ROWS = 130_000;

    @LocalServerPort
    int port;
    @Autowired
    MemberImports imports;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;

    @TempDir(factory = MemberSheets.InTarget.class)
    Path dir;

    /** One page the other user asked for: when, and what came back (-1: no answer). */
    record Served(long startedNanos, long endedNanos, int status) {
    }

    @Test
    void aSheetOf130000RowsIsRefusedForItsRowsWhileAnotherUserIsServedAllAlong() throws Exception {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        Club otherClub = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2021, 5, 1));
        WebUser board = WebUser.signedIn(port, boardMember(club), PASSWORD);
        WebUser other = WebUser.signedIn(port, communeOfficer(otherClub), PASSWORD);
        String importPage = "/clubs/" + club.id() + "/members/import";
        String otherPage = "/clubs/" + otherClub.id();
        Path sheet = MemberSheets.ordinary(ROWS, dir.resolve("130000.xlsx"));

        List<Served> served = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean uploading = new AtomicBoolean(true);
        Thread otherUser = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (uploading.get() && System.nanoTime() < deadline) {
                long started = System.nanoTime();
                int status;
                try {
                    status = other.get(otherPage).statusCode();
                } catch (Exception | OutOfMemoryError e) {
                    status = -1;
                }
                served.add(new Served(started, System.nanoTime(), status));
                sleep(20);
            }
        }, "other-user");
        otherUser.start();
        while (served.size() < 3 && otherUser.isAlive()) {
            sleep(20);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long started = System.nanoTime();
        HttpResponse<String> refused = board.uploadFromPage(importPage, importPage, sheet);
        long ended = System.nanoTime();
        uploading.set(false);
        otherUser.join(Duration.ofMinutes(1).toMillis());
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        log.info("{} rows, {} KB: refused in {} ms; peak heap in use meanwhile {} MB of {} MB; the other user "
                        + "was served {} pages", ROWS, Files.size(sheet) / 1024, (ended - started) / 1_000_000,
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), served.size());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Tệp có hơn 10.000 dòng thành viên, nhưng mỗi lần chỉ nhập được tối đa "
                + "10.000 dòng. Hãy chia thành nhiều tệp nhỏ hơn.");
        assertThat(served).as("the other user's pages").isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(200));
        assertThat(served).as("pages served while the sheet was uploaded and read")
                .anySatisfy(s -> assertThat(s.startedNanos() < ended && s.endedNanos() > started).isTrue());

        HttpResponse<String> api = board.uploadToApi("/api/v1/clubs/" + club.id() + "/members/imports", sheet, "en");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(api.body(), "$.detail"))
                .isEqualTo("The file has more than 10,000 member rows, but one import takes at most 10,000. "
                        + "Split it into smaller files.");

        assertThat(board.get(importPage).statusCode()).isEqualTo(200);
        assertThat(other.get(otherPage).statusCode()).isEqualTo(200);
        assertThat(imports.recent(club.id(), AreaScope.nation(), 10)).isEmpty();
    }

    private String boardMember(Club club) {
        String name = "bcn-" + UUID.randomUUID().toString().substring(0, 8);
        var user = UserFixtures.create(accounts, name, Role.CLUB_BOARD, commune(club), PASSWORD, "Chủ nhiệm CLB");
        accounts.limitToClub(user.id(), club.id(), UserFixtures.ROOT);
        return name;
    }

    private String communeOfficer(Club club) {
        String name = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.COMMUNE_OFFICER, commune(club), PASSWORD, "Cán bộ xã");
        return name;
    }

    private long commune(Club club) {
        return GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
