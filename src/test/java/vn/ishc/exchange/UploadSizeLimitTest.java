package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * A file over the upload limit (10 MB), sent to the running server over HTTP as a browser and an API
 * client send it: it is refused before it is read, and the user reads why, naming the limit, in their
 * language, on a page of the system or in a problem detail; nothing is kept, and the server goes on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadSizeLimitTest {

    static final String PASSWORD = "mat-khau-dai-1";

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

    Club club;
    WebUser officer;

    @BeforeEach
    void setUp() throws Exception {
        club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        long commune = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
        String name = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.COMMUNE_OFFICER, commune, PASSWORD, "Cán bộ xã");
        officer = WebUser.signedIn(port, name, PASSWORD);
    }

    /** A file of {@code bytes} bytes: its content does not matter, it is never read. */
    Path fileOf(long bytes) throws IOException {
        Path file = dir.resolve(bytes + ".xlsx");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void theApiAnswersAProblemDetailInTheCallersLanguageNamingTheLimit() throws Exception {
        String api = "/api/v1/clubs/" + club.id() + "/members/imports";
        long limit = imports.limits().maxFileSize().toBytes();

        // Just over: the file's own limit, met while it arrives.
        HttpResponse<String> justOver = officer.uploadToApi(api, fileOf(limit + 1), "vi");
        assertThat(justOver.statusCode()).isEqualTo(413);
        assertThat(justOver.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(justOver.body(), "$.title")).isEqualTo("Tệp quá lớn");
        assertThat(JsonPath.<String>read(justOver.body(), "$.detail")).isEqualTo("Tệp tải lên lớn hơn 10 MB, quá giới hạn "
                + "cho phép. Hãy bỏ bớt nội dung không cần hoặc chia thành nhiều tệp nhỏ hơn.");
        assertThat(JsonPath.<String>read(justOver.body(), "$.errors[0].field")).isEqualTo("file");

        // Far over: the request's limit, known from its length before any of it is read.
        HttpResponse<String> farOver = officer.uploadToApi(api, fileOf(3 * limit), "en");
        assertThat(farOver.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(farOver.body(), "$.detail"))
                .startsWith("The uploaded file is larger than 10 MB, the limit.");

        assertThat(imports.recent(club.id(), AreaScope.nation(), 10)).isEmpty();
        assertThat(officer.get("/clubs/" + club.id() + "/members/import").statusCode()).isEqualTo(200);
    }

    @Test
    void thePageAnswersAPageOfTheSystemInTheUsersLanguage() throws Exception {
        String page = "/clubs/" + club.id() + "/members/import";
        long limit = imports.limits().maxFileSize().toBytes();

        HttpResponse<String> refused = officer.uploadFromPage(page, page, fileOf(limit + 1));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("<h1>Tệp quá lớn</h1>")
                .contains("Tệp tải lên lớn hơn 10 MB, quá giới hạn cho phép.")
                .contains("Về trang chủ").doesNotContain("HTTP Status");

        assertThat(officer.get(page + "?lang=en").statusCode()).isEqualTo(200);
        HttpResponse<String> inEnglish = officer.uploadFromPage(page, page, fileOf(3 * limit));
        assertThat(inEnglish.statusCode()).isEqualTo(413);
        assertThat(inEnglish.body()).contains("<h1>File too large</h1>")
                .contains("The uploaded file is larger than 10 MB, the limit.");

        assertThat(imports.recent(club.id(), AreaScope.nation(), 10)).isEmpty();
        assertThat(officer.get(page).body()).contains("Each import: one .xlsx file of up to 10 MB");
    }

    @Test
    void anUploadWithinTheLimitStillNeedsThePagesToken() throws Exception {
        String page = "/clubs/" + club.id() + "/members/import";
        Path lan = Files.write(dir.resolve("lan.xlsx"), MemberSheets.sheet().member("Nguyễn Thị Lan", "1950", "").bytes());

        assertThat(officer.uploadWithoutToken(page, lan).statusCode()).isEqualTo(403);
        assertThat(imports.recent(club.id(), AreaScope.nation(), 10)).isEmpty();
        assertThat(officer.uploadFromPage(page, page, lan).statusCode()).isEqualTo(302);
        assertThat(imports.recent(club.id(), AreaScope.nation(), 10)).hasSize(1);
    }
}
