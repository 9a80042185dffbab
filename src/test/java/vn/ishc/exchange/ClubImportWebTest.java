package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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

/** The clubs import on the web and the API: the commune's officer may, a club board and another commune's officer may not. */
@SpringBootTest
@AutoConfigureMockMvc
class ClubImportWebTest {

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

    Club club;
    long commune;
    String officer;
    String board;
    String stranger;

    @BeforeEach
    void setUp() {
        club = ClubFixtures.aClub(clubs, villages, units, "06112", GeographyFixtures.AFTER_REFORM);
        commune = GeographyFixtures.communeToday(units, "06112").id();
        String s = UUID.randomUUID().toString().substring(0, 8);
        officer = "xa-" + s;
        board = "cn-" + s;
        stranger = "xa-khac-" + s;
        UserFixtures.create(accounts, officer, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        UserFixtures.create(accounts, board, Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm CLB");
        long other = GeographyFixtures.communeToday(units, "06001").id();
        UserFixtures.create(accounts, stranger, Role.COMMUNE_OFFICER, other, "mat-khau-dai-1", "Cán bộ xã khác");
    }

    MockMultipartFile file() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String village = villages.get(club.villageId(), AreaScope.nation()).name();
        return new MockMultipartFile("file", "cau-lac-bo.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ClubSheets.sheet()
                .club("W-" + s, "CLB Web " + s, village, "1/QĐ-UBND", "01/09/2025", "", 15)
                .club("V-" + s, "CLB Web lỗi " + s, village, "2/QĐ-UBND", "01/09/2025", "", 32).bytes());
    }

    @Test
    void theCommuneOfficerUploadsSeesTheRefusalInVietnameseAndSavesOnce() {
        assertThat(mvc.get().uri("/clubs").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("/clubs/import");
        assertThat(mvc.get().uri("/clubs/import").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk()
                .bodyText().contains("Tải tệp mẫu có các câu lạc bộ của xã").contains("template.xlsx?area=" + commune);
        assertThat(mvc.get().uri("/clubs/import/template.xlsx?area=" + commune)
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        MvcTestResult upload = mvc.post().uri("/clubs/import").multipart().file(file())
                .param("area", String.valueOf(commune)).with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(upload).hasStatus3xxRedirection();
        String page = upload.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyText()
                .contains("Ngày sinh hoạt hằng tháng &quot;32&quot; không hợp lệ: ghi một ngày trong tháng, từ 1 đến 31")
                .contains("Lưu 1 câu lạc bộ hợp lệ");
        assertThat(mvc.get().uri(page + "/errors.xlsx").with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk();
        assertThat(mvc.post().uri(page + "/confirm").with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(page + "/confirm").with(csrf()).with(user(officer).roles("COMMUNE_OFFICER")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page).with(user(officer).roles("COMMUNE_OFFICER"))).bodyText()
                .contains("Đã lưu xong: thêm 1 câu lạc bộ, cập nhật 0 câu lạc bộ.");
    }

    @Test
    void theApiPreviewsAndConfirms() {
        MvcTestResult created = mvc.post().uri("/api/v1/imports/clubs").multipart().file(file()).with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER")).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.toAdd").isEqualTo(1);
        assertThat(created).bodyJson().extractingPath("$.refusals[0].row").isEqualTo(3);
        String id = created.getResponse().getHeader("Location").replaceFirst(".*/", "");
        assertThat(mvc.post().uri("/api/v1/imports/clubs/" + id + "/confirm").with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER"))).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("SAVED");
    }

    @Test
    void aClubBoardAndAnotherCommunesOfficerAreRefused() {
        assertThat(mvc.get().uri("/clubs/import?area=" + commune).with(user(board).roles("CLUB_BOARD"))).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/imports/clubs").multipart().file(file()).param("area", String.valueOf(commune))
                .with(csrf()).with(user(board).roles("CLUB_BOARD"))).hasStatus(403);
        assertThat(mvc.get().uri("/clubs/import/template.xlsx?area=" + commune)
                .with(user(stranger).roles("COMMUNE_OFFICER"))).hasStatus(403);
        assertThat(mvc.post().uri("/clubs/import").multipart().file(file()).param("area", String.valueOf(commune))
                .with(csrf()).with(user(stranger).roles("COMMUNE_OFFICER"))).hasStatus(403);
    }
}
