package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;

/** The fund book import as a club's treasurer and a commune officer use it: who may, and the words they read. */
@SpringBootTest
@AutoConfigureMockMvc
class FundBookImportWebTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 5);

    @Autowired
    MockMvcTester mvc;
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

    static MockMultipartFile file(FundBookSheets sheet) {
        return new MockMultipartFile("file", "so-quy.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.bytes());
    }

    static String batchOf(MvcTestResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/fund-books/imports/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void theTreasurerImportsTheirClubsBookNotAnotherClubsAndReadsEachRefusalInVietnamese() {
        Club mine = ClubFixtures.aClub(clubs, villages, units, "06151", FOUNDED);
        Club other = ClubFixtures.aClub(clubs, villages, units, "06151", FOUNDED);
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        var treasurer = user(FundFixtures.financeMember(accounts, boards, members, mine, commune, "Thủ quỹ"))
                .roles("CLUB_BOARD");

        assertThat(mvc.get().uri("/clubs/" + mine.id() + "/funds").with(treasurer)).hasStatusOk().bodyText()
                .contains("/fund-books/import?club=" + mine.id());
        assertThat(mvc.get().uri("/fund-books/import?club=" + mine.id()).with(treasurer)).hasStatusOk().bodyText()
                .contains("Nhập sổ quỹ: " + mine.name());
        assertThat(mvc.get().uri("/fund-books/import?club=" + other.id()).with(treasurer)).hasStatus(403);
        assertThat(mvc.get().uri("/fund-books/import/template.xlsx?club=" + mine.id()).with(treasurer)).hasStatusOk();

        MvcTestResult uploaded = mvc.post().uri("/fund-books/import").with(treasurer).with(csrf()).multipart()
                .file(file(FundBookSheets.sheet()
                        .entry(mine.code(), "05/03/2024", "Quỹ hoạt động", "Hội phí", "1.500.000", "Hội phí năm 2024")
                        .entry(mine.code(), "06/03/2024", "Quỹ hoạt động", "Hội phí", "1,5", "")
                        .entry(other.code(), "05/03/2024", "Quỹ hoạt động", "Hội phí", "10.000", "")))
                .param("club", mine.id().toString()).exchange();
        assertThat(uploaded).hasStatus3xxRedirection();
        String batch = batchOf(uploaded);
        assertThat(mvc.get().uri("/fund-books/imports/" + batch).with(treasurer)).hasStatusOk().bodyText()
                .contains("Số tiền (đồng) &quot;1,5&quot; không hợp lệ: ghi số đồng nguyên")
                .contains("Câu lạc bộ &quot;" + other.code() + "&quot; không có trong phạm vi bạn được nhập")
                .contains("Lưu 1 khoản ghi hợp lệ");
        assertThat(mvc.get().uri("/fund-books/imports/" + batch + "/errors.xlsx").with(treasurer)).hasStatusOk();
        assertThat(mvc.post().uri("/fund-books/imports/" + batch + "/confirm").with(treasurer).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/fund-books/imports/" + batch + "/confirm").with(treasurer).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(funds.fund(mine.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isEqualTo(1_500_000L);
        assertThat(funds.fund(other.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
    }

    @Test
    void aBoardMemberWhoDoesNotKeepTheMoneyMayNotImportItsBookButTheCommuneOfficerMay() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", FOUNDED);
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        var board = UserFixtures.create(accounts, "uv-" + UUID.randomUUID().toString().substring(0, 6), Role.CLUB_BOARD,
                commune, "mat-khau-dai-1", "Ủy viên");
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.MEMBER, "Ủy viên", board.username());
        accounts.limitToClub(board.id(), club.id(), UserFixtures.ROOT);
        var officer = UserFixtures.create(accounts, "cb-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");

        assertThat(mvc.get().uri("/fund-books/import?club=" + club.id()).with(user(board.username()).roles("CLUB_BOARD")))
                .hasStatus(403);
        var asOfficer = user(officer.username()).roles("COMMUNE_OFFICER");
        assertThat(mvc.get().uri("/fund-books/import?club=" + club.id()).with(asOfficer)).hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/imports/fund-books").with(asOfficer).with(csrf()).multipart()
                .file(file(FundBookSheets.sheet()
                        .entry(club.code(), "05/03/2024", "Quỹ phát triển sinh kế", "Nhà nước", "20.000.000", "")
                        .entry(club.code(), "2099-01-01", "Quỹ phát triển sinh kế", "Nhà nước", "1.000", ""))))
                .hasStatus(201).bodyJson()
                .hasPathSatisfying("$.toAdd", v -> assertThat(v).asNumber().isEqualTo(1))
                .hasPathSatisfying("$.entries[0].amount", v -> assertThat(v).asNumber().isEqualTo(20_000_000))
                .hasPathSatisfying("$.refusals[0].message", v -> assertThat(v).asString()
                        .isEqualTo("Ngày 01/01/2099 là ngày trong tương lai: chỉ nhập khoản thu chi đã có."));
    }
}
