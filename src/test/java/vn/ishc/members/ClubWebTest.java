package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
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
import vn.ishc.shared.AreaScope;

@SpringBootTest
@AutoConfigureMockMvc
class ClubWebTest {

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

    String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aMemberAddedOnThePageShowsOnTheClubPageWithTheStandardCheck() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06058", LocalDate.of(2025, 10, 1));
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UserView officer = UserFixtures.create(accounts, name("xa"), Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ");

        assertThat(mvc.post().uri("/clubs/" + club.id() + "/members").with(csrf())
                .with(user(officer.username()).roles("COMMUNE_OFFICER"))
                .param("id", UUID.randomUUID().toString()).param("fullName", "Hoàng Thị Nhung").param("sex", "F")
                .param("birth", "31/02/1950").param("ethnicity", "02").param("household", "POOR")
                .param("joinedOn", "2025-10-05"))
                .hasStatusOk().bodyText().contains("Ngày sinh 31/02/1950 không hợp lệ").contains("Hoàng Thị Nhung");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/members").with(csrf())
                .with(user(officer.username()).roles("COMMUNE_OFFICER"))
                .param("id", UUID.randomUUID().toString()).param("fullName", "Hoàng Thị Nhung").param("sex", "F")
                .param("birth", "1950").param("ethnicity", "02").param("household", "POOR")
                .param("joinedOn", "2025-10-05"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id()).with(user(officer.username()).roles("COMMUNE_OFFICER")))
                .hasStatusOk().bodyText().contains("Hoàng Thị Nhung").contains("Chuẩn CLB").contains("1/1 (100%)")
                .contains("Chưa đạt").contains("Lịch sử thay đổi").contains("club.registered");
    }

    @Test
    void aClubBoardMemberLimitedToTheirClubSeesOnlyThatClub() {
        LocalDate founded = LocalDate.of(2025, 9, 1);
        Club mine = ClubFixtures.aClub(clubs, villages, units, "06073", founded);
        Club other = ClubFixtures.aClub(clubs, villages, units, "06073", founded);
        long commune = GeographyFixtures.communeToday(units, "06073").id();
        UserView board = UserFixtures.create(accounts, name("clb"), Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm");
        accounts.limitToClub(board.id(), mine.id(), UserFixtures.ROOT);

        assertThat(mvc.get().uri("/clubs").with(user(board.username()).roles("CLUB_BOARD")))
                .hasStatusOk().bodyText().contains(mine.name()).doesNotContain(other.name());
        assertThat(mvc.get().uri("/clubs/" + other.id()).with(user(board.username()).roles("CLUB_BOARD"))).hasStatus(403);
        assertThat(mvc.get().uri("/clubs/" + mine.id()).with(user(board.username()).roles("CLUB_BOARD"))).hasStatusOk();
        assertThat(clubs.list(vn.ishc.clubs.ClubFilter.all(), AreaScope.club("20.06073", mine.id()), 10))
                .extracting(Club::id).containsExactly(mine.id());
    }

    @Test
    void theApiRegistersAClubEnrolsAMemberAndNamesTheFieldOfABadBirthDate() throws Exception {
        long commune = GeographyFixtures.communeToday(units, "06058").id();
        UUID village = villages.create(null, commune, name("Thôn API"), "t", AreaScope.nation()).id();
        UserView officer = UserFixtures.create(accounts, name("api"), Role.PROVINCE_OFFICER,
                GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id(), "mat-khau-dai-1", "Cán bộ");
        String clubJson = """
                {"villageId":"%s","code":"%s","name":"CLB API","decisionNumber":"7/QĐ-UBND","decisionDate":"2025-09-01",
                 "foundedOn":"2025-09-02","meetingDay":"W2-SUNDAY"}""".formatted(village, name("A").substring(0, 8));
        var created = mvc.post().uri("/api/v1/clubs").with(csrf()).contentType("application/json").content(clubJson)
                .with(user(officer.username()).roles("PROVINCE_OFFICER")).exchange();
        assertThat(created).hasStatus(201);
        String clubId = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        String bad = """
                {"person":{"fullName":"Lương Thị Én","sex":"Nữ","birth":"31/02/1950","ethnicity":"Nùng","household":"Cận nghèo"},
                 "joinedOn":"2025-09-02"}""";
        assertThat(mvc.post().uri("/api/v1/clubs/" + clubId + "/members").with(csrf()).contentType("application/json").content(bad)
                .with(user(officer.username()).roles("PROVINCE_OFFICER")))
                .hasStatus(422).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("birth");
                    assertThat(json).extractingPath("$.detail").asString().contains("31/02/1950");
                });
        assertThat(mvc.post().uri("/api/v1/clubs/" + clubId + "/members").with(csrf()).contentType("application/json")
                .content(bad.replace("31/02/1950", "1950")).with(user(officer.username()).roles("PROVINCE_OFFICER")))
                .hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/clubs/" + clubId + "/standard").with(user(officer.username()).roles("PROVINCE_OFFICER")))
                .hasStatusOk().bodyJson().extractingPath("$.figures[1].numerator").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/clubs?q=clb api").with(user(officer.username()).roles("PROVINCE_OFFICER")))
                .hasStatusOk().bodyJson().extractingPath("$.items[0].meetingDay.week").isEqualTo(2);
    }

    @Test
    void anOfficerCorrectsAMembersAndAClubsDetailsOnTheirPagesAndABadValueIsShownBesideItsField() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06079", LocalDate.of(2025, 9, 1));
        long commune = GeographyFixtures.communeToday(units, "06079").id();
        UserView officer = UserFixtures.create(accounts, name("xa"), Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ");
        var as = user(officer.username()).roles("COMMUNE_OFFICER");
        MemberRow row = members.enrol(null, new PersonDetails("Hoang Thi Nhung", "F", "05/06/1950", "02", "OTHER", null,
                null, null, false, false, null, null, null), club.id(), LocalDate.of(2025, 9, 1), "t", AreaScope.nation());
        String personId = row.person().id().toString();

        assertThat(mvc.get().uri("/members/" + personId + "/edit").with(as)).hasStatusOk().bodyText()
                .contains("Sửa thông tin").contains("05/06/1950");
        assertThat(mvc.post().uri("/members/" + personId + "/edit").with(csrf()).with(as)
                .param("fullName", "Hoàng Thị Nhung").param("sex", "F").param("birth", "1950/13")
                .param("ethnicity", "02").param("household", "POOR").param("householdYear", "2025").param("version", "0"))
                .hasStatusOk().bodyText().contains("1950/13").contains("không hợp lệ");
        assertThat(mvc.post().uri("/members/" + personId + "/edit").with(csrf()).with(as)
                .param("fullName", "Hoàng Thị Nhung").param("sex", "F").param("birth", "1950")
                .param("ethnicity", "02").param("household", "POOR").param("householdYear", "2025").param("version", "0"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/members/" + personId).with(as)).hasStatusOk().bodyText()
                .contains("Hoàng Thị Nhung").contains("Hộ nghèo");

        assertThat(mvc.get().uri("/clubs/" + club.id() + "/edit").with(as)).hasStatusOk().bodyText().contains(club.name());
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/edit").with(csrf()).with(as).param("code", club.code())
                .param("name", "CLB Liên thế hệ Hồng Phong").param("decisionNumber", "7/QĐ-UBND")
                .param("decisionDate", "2025-08-20").param("foundedOn", "2099-01-01").param("meetingDay", "D21")
                .param("version", "0")).hasStatusOk().bodyText().contains("01/01/2099").contains("tương lai");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/edit").with(csrf()).with(as).param("code", club.code())
                .param("name", "CLB Liên thế hệ Hồng Phong").param("decisionNumber", "7/QĐ-UBND")
                .param("decisionDate", "2025-08-20").param("foundedOn", "2025-08-25").param("meetingDay", "D21")
                .param("version", "0")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id()).with(as)).hasStatusOk().bodyText()
                .contains("CLB Liên thế hệ Hồng Phong").contains("25/08/2025").contains("club.corrected");
    }

    @Test
    void aPartnerSeesTheClubAndItsFiguresButNoPersonsRecords() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06085", LocalDate.of(2025, 9, 1));
        MemberRow row = members.enrol(null, new PersonDetails("Lục Thị Xuân", "F", "1951", "07", "POOR", 2025,
                null, null, false, false, null, null, null), club.id(), LocalDate.of(2025, 9, 1), "t", AreaScope.nation());
        long province = GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id();
        UserView partner = UserFixtures.create(accounts, name("doitac"), Role.PARTNER_VIEWER, province, "mat-khau-dai-1", "Đối tác");
        var as = user(partner.username()).roles("PARTNER_VIEWER");

        assertThat(mvc.get().uri("/clubs/" + club.id()).with(as)).hasStatusOk().bodyText()
                .contains(club.name()).contains("1/1 (100%)").doesNotContain("Lục Thị Xuân");
        assertThat(mvc.get().uri("/members/" + row.person().id()).with(as)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/members/" + row.person().id()).with(as)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/members").with(as)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/board").with(as)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/standard").with(as)).hasStatusOk();
    }
}
