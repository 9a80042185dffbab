package vn.ishc.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** The activities page as a club's board member uses it, and the API as a commune officer's tool does. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

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
    UserAccounts accounts;
    @Autowired
    Activities activities;
    @Autowired
    Entitlements entitlements;

    @Test
    void aBoardMemberRecordsHelpWithMoneyAsTypedSeesABadValueBesideItsFieldAndCancelsAnEntry() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06112", LocalDate.of(2025, 8, 1));
        MemberRow sen = members.enrol(null, new PersonDetails("Lương Thị Sen", "F", "1948", "07", "POOR", 2025, null,
                null, false, true, null, null, null), club.id(), LocalDate.of(2025, 8, 1), "t", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06112").id();
        UserView board = UserFixtures.create(accounts, "bcn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm");
        accounts.limitToClub(board.id(), club.id(), UserFixtures.ROOT);
        var as = user(board.username()).roles("CLUB_BOARD");
        String on = vn.ishc.shared.BusinessCalendar.today(clock).withDayOfMonth(1).toString();

        assertThat(mvc.get().uri("/clubs/" + club.id() + "/activities").with(as)).hasStatusOk().bodyText()
                .contains("Hoạt động tháng").contains("Giúp người khó khăn đột xuất").contains("Lương Thị Sen");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/activities").with(csrf()).with(as)
                .param("id", UUID.randomUUID().toString()).param("kind", "SELF_HELP").param("on", on)
                .param("personId", sen.person().id().toString()).param("helpForm", "CASH").param("valueDong", "1,5 triệu"))
                .hasStatusOk().bodyText().contains("Không đọc được giá trị (đồng) &quot;1,5 triệu&quot;").contains("Lương Thị Sen");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/activities").with(csrf()).with(as)
                .param("id", UUID.randomUUID().toString()).param("kind", "SELF_HELP").param("on", on)
                .param("personId", sen.person().id().toString()).param("helpForm", "CASH").param("valueDong", "1.500.000"))
                .hasStatus3xxRedirection();
        Activity saved = activities.ofMonth(club.id(), YearMonth.from(LocalDate.parse(on)), AreaScope.nation()).get(0);
        assertThat(saved.valueDong()).isEqualTo(1_500_000L);
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/activities").with(as)).hasStatusOk().bodyText()
                .contains("1.500.000 đ").contains("Lương Thị Sen (thành viên)");

        assertThat(mvc.post().uri("/activities/" + saved.id() + "/cancel").with(csrf()).with(as).param("reason", "Ghi trùng"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/activities").with(as)).hasStatusOk().bodyText()
                .contains("Ghi trùng");

        assertThat(mvc.post().uri("/clubs/" + club.id() + "/entitlements").with(csrf()).with(as)
                .param("personId", sen.person().id().toString()).param("benefit", "SOCIAL_PENSION").param("appliedOn", on))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/activities").with(as)).hasStatusOk().bodyText()
                .contains("Trợ cấp xã hội hằng tháng").contains("Đang làm hồ sơ");
        EntitlementCase pension = entitlements.ofClub(club.id(), AreaScope.nation()).get(0);
        assertThat(mvc.post().uri("/entitlements/" + pension.id() + "/decision").with(csrf()).with(as)
                .param("status", "OBTAINED").param("decidedOn", on)).hasStatus3xxRedirection()
                .flash().containsKey("notice");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/art-team").with(csrf()).with(as).param("foundedOn", "2025-07-01"))
                .hasStatus3xxRedirection().flash().containsEntry("failure",
                        "Ngày thành lập đội 01/07/2025 không hợp lệ: phải từ ngày thành lập CLB (01/08/2025) đến hôm nay.");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/art-team").with(csrf()).with(as).param("foundedOn", "2025-10-01"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/activities").with(as)).hasStatusOk().bodyText()
                .contains("Đã được hưởng").contains("Thành lập ngày 01/10/2025");
    }

    @Test
    void theApiAnswersAMissingFieldWithAProblemNamingItInTheCallersLanguage() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06103", LocalDate.of(2024, 4, 1));
        long commune = GeographyFixtures.communeToday(units, "06103").id();
        UserView officer = UserFixtures.create(accounts, "xa-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ");
        var as = user(officer.username()).roles("COMMUNE_OFFICER");

        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/activities").with(csrf()).with(as).header("Accept-Language", "en")
                .contentType("application/json").content("{\"kind\":\"DIALOGUE\",\"on\":\"2025-03-02\",\"title\":\"UBND xã\"}"))
                .hasStatus(422).bodyText().contains("proposals").contains("the proposals is needed");
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/activities").with(csrf()).with(as)
                .contentType("application/json").content("{\"kind\":\"DIALOGUE\",\"on\":\"2025-03-02\",\"title\":\"UBND xã\","
                        + "\"proposals\":\"Sửa cầu tràn\",\"outcome\":\"Xã hứa làm trong quý 2\"}"))
                .hasStatus(201).bodyText().contains("\"area\":5");
        Activity dialogue = activities.ofMonth(club.id(), YearMonth.of(2025, 3), AreaScope.nation()).get(0);
        assertThat(mvc.put().uri("/api/v1/activities/" + dialogue.id()).with(csrf()).with(as).header("Accept-Language", "en")
                .contentType("application/json").content("{\"activity\":{\"kind\":\"DIALOGUE\",\"on\":\"2025-03-02\","
                        + "\"title\":\"UBND xã\",\"proposals\":\"Sửa cầu tràn\"}}"))
                .hasStatus(422).bodyText().contains("version").contains("take it from the record as read");
        assertThat(mvc.put().uri("/api/v1/activities/" + dialogue.id()).with(csrf()).with(as)
                .contentType("application/json").content("{\"version\":0,\"activity\":{\"kind\":\"DIALOGUE\","
                        + "\"on\":\"2025-03-02\",\"title\":\"UBND xã\",\"proposals\":\"Sửa cầu tràn\","
                        + "\"outcome\":\"Đã sửa xong\"}}"))
                .hasStatusOk().bodyText().contains("Đã sửa xong").contains("\"version\":1");
    }
}
