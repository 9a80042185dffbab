package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;

/**
 * A sheet row that would add a person who is already a member of another club (same name without tone marks and
 * birth year) or who appears twice in the sheet is shown with a warning in the preview, and is added unless the
 * officer unticks it; a match in a club outside the officer's area is told without a word about that person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberImportDuplicatesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MemberImports imports;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;

    Club club;
    Club neighbour;
    Club foreign;
    RequestPostProcessor officer;
    String suffix;

    @BeforeEach
    void setUp() {
        club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        neighbour = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2022, 3, 1));
        foreign = ClubFixtures.aClub(clubs, villages, units, "05977", GeographyFixtures.AFTER_REFORM);
        long commune = GeographyFixtures.communeToday(units, club.areaPaths().get(0).substring(3)).id();
        String name = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        UserFixtures.create(accounts, name, Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        officer = user(name).roles("COMMUNE_OFFICER");
        suffix = word();
    }

    /** A made-up given name no other test uses, so that only this test's people match. */
    private static String word() {
        String letters = "bcdghklmnpqrstvx";
        StringBuilder w = new StringBuilder("Kh");
        for (int i = 0; i < 7; i++) {
            w.append(i % 2 == 0 ? "aeiou".charAt(ThreadLocalRandom.current().nextInt(5))
                    : letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return w.toString();
    }

    private static String citizenId() {
        return String.format("0%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    private void saved(Club into, MemberSheets sheet) {
        ImportBatch b = ImportFixtures.preview(imports, into.id(), sheet, AreaScope.nation());
        assertThat(b.refused()).isZero();
        ImportFixtures.awaitEnd(imports, imports.confirm(b.id(), "test", AreaScope.nation()).id(), AreaScope.nation());
    }

    private String upload(MemberSheets sheet) {
        MvcTestResult upload = mvc.post().uri("/clubs/" + club.id() + "/members/import").multipart()
                .file(new MockMultipartFile("file", "thanh-vien.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.bytes()))
                .with(csrf()).with(officer).exchange();
        assertThat(upload).hasStatus3xxRedirection();
        return upload.getResponse().getRedirectedUrl();
    }

    @Test
    void aMemberOfAnotherClubInTheAreaIsNamedWithTheirClub() {
        saved(neighbour, MemberSheets.sheet().member("Trần Thị " + suffix, "12/05/1949", citizenId()));
        UUID known = members.membersOf(neighbour.id(), LocalDate.of(2024, 6, 1), AreaScope.nation()).get(0).person().id();

        String page = upload(MemberSheets.sheet().member("TRAN THI " + suffix.toUpperCase(), "1949", ""));

        assertThat(mvc.get().uri(page).with(officer)).hasStatusOk().bodyText()
                .contains("Có thể trùng người đã có")
                .contains("Trùng họ tên và năm sinh với Trần Thị " + suffix + " (12/05/1949), thành viên "
                        + neighbour.name())
                .contains("/members/" + known)
                .contains("name=\"add\"").contains("name=\"duplicate\"").contains("checked");
        assertThat(mvc.get().uri(page + "?lang=en").with(officer)).hasStatusOk().bodyText()
                .contains("Same name and birth year as Trần Thị " + suffix + " (12/05/1949), member of " + neighbour.name());
    }

    @Test
    void aMemberOfAClubOutsideTheAreaIsToldWithoutNameClubOrCitizenId() throws Exception {
        String id = citizenId();
        saved(foreign, MemberSheets.sheet().row("Lê Thị Nhàn " + suffix, "Nữ", "17/04/1951", "Kinh", "Khác", "", "",
                "", "Không", "Không", "", id, "01/09/2025"));

        String page = upload(MemberSheets.sheet().member("Le Thi Nhan " + suffix, "1951", ""));

        String body = mvc.get().uri(page).with(officer).exchange().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Có 1 người cùng họ tên và năm sinh là thành viên câu lạc bộ ngoài địa bàn của bạn.")
                .contains("Le Thi Nhan " + suffix)
                .doesNotContain("Lê Thị Nhàn").doesNotContain(foreign.name()).doesNotContain(foreign.code())
                .doesNotContain(id)
                .doesNotContain("17/04/1951");
        UUID other = members.membersOf(foreign.id(), LocalDate.of(2025, 10, 1), AreaScope.nation()).get(0).person().id();
        assertThat(body).doesNotContain(other.toString());
        assertThat(mvc.get().uri(page + "?lang=en").with(officer)).hasStatusOk().bodyText()
                .contains("1 person with the same name and birth year is a member of a club outside your area.");
    }

    @Test
    void twoRowsOfTheSheetWithTheSameNameAndBirthYearAreFlaggedAndAnUntickedRowIsNotAdded() throws Exception {
        saved(neighbour, MemberSheets.sheet().member("Trần Thị " + suffix, "1949", ""));
        String page = upload(MemberSheets.sheet()
                .member("Trần Thị " + suffix, "1949", "")
                .member("Phạm Thị " + suffix, "1952", "")
                .member("Pham Thi " + suffix, "03/03/1952", citizenId())
                .member("Đỗ Thị " + suffix, "1953", ""));

        assertThat(mvc.get().uri(page).with(officer)).hasStatusOk().bodyText()
                .contains("Trùng họ tên và năm sinh với dòng 4 của tệp này.")
                .contains("Trùng họ tên và năm sinh với dòng 3 của tệp này.")
                .contains("value=\"2\"").contains("value=\"3\"").contains("value=\"4\"")
                .doesNotContain("id=\"add-5\"");

        assertThat(mvc.post().uri(page + "/confirm").param("duplicate", "2", "3", "4").param("add", "3", "4")
                .with(csrf()).with(officer)).hasStatus3xxRedirection();
        ImportBatch done = ImportFixtures.awaitEnd(imports, UUID.fromString(page.substring(page.lastIndexOf('/') + 1)),
                AreaScope.nation());
        assertThat(done.status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(done.toAdd()).isEqualTo(3);
        List<String> names = members.membersOf(club.id(), LocalDate.of(2024, 6, 1), AreaScope.nation()).stream()
                .map(MemberRow::person).map(p -> p.fullName()).toList();
        assertThat(names).containsExactlyInAnyOrder("Phạm Thị " + suffix, "Pham Thi " + suffix, "Đỗ Thị " + suffix);
        assertThat(mvc.get().uri(page).with(officer)).hasStatusOk().bodyText()
                .contains("1 dòng có thể trùng người đã có được bỏ đánh dấu nên không thêm.");
    }

    @Test
    void withoutAnyChoiceEveryFlaggedRowIsAdded() throws Exception {
        saved(neighbour, MemberSheets.sheet().member("Trần Thị " + suffix, "1949", ""));
        String page = upload(MemberSheets.sheet().member("Trần Thị " + suffix, "1949", ""));
        assertThat(mvc.post().uri(page + "/confirm").with(csrf()).with(officer)).hasStatus3xxRedirection();
        ImportBatch done = ImportFixtures.awaitEnd(imports, UUID.fromString(page.substring(page.lastIndexOf('/') + 1)),
                AreaScope.nation());
        assertThat(done.toAdd()).isEqualTo(1);
        assertThat(members.membersOf(club.id(), LocalDate.of(2024, 6, 1), AreaScope.nation())).hasSize(1);
    }
}
