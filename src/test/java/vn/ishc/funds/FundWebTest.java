package vn.ishc.funds;

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

/** The funds page as a club's finance member uses it, and the API with a retried request. */
@SpringBootTest
@AutoConfigureMockMvc
class FundWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

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
    vn.ishc.clubs.Boards boards;
    @Autowired
    vn.ishc.members.Members memberRegister;

    @Test
    void moneyInAsTypedATooLargeExpenseRefusedInWordsAndARetriedApiRequestRecordedOnce() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        var as = user(FundFixtures.financeMember(accounts, boards, memberRegister, club, commune, "Ủy viên tài chính")).roles("CLUB_BOARD");
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        String today = vn.ishc.shared.BusinessCalendar.today(clock).toString();

        assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + operating.id() + "/contributions").with(csrf()).with(as)
                .param("amount", "1.500.000").param("date", today).param("source", "COMMUNITY").param("key", "k1"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + operating.id() + "/expenses").with(csrf()).with(as)
                .param("amount", "2.000.000").param("date", today).param("purpose", "Mua loa").param("key", "k2"))
                .hasStatus3xxRedirection().flash().containsEntry("failure",
                        "Không đủ tiền mặt: quỹ sẽ thiếu 500.000 đồng (tính từ ngày "
                                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.parse(today)) + ").");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds?fund=" + operating.id()).with(as)).hasStatusOk()
                .bodyText().contains("1.500.000").contains("Cộng đồng").contains("Khớp");

        String body = "{\"date\":\"" + today + "\",\"amount\":200000,\"purpose\":\"Thăm ốm\"}";
        assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/expenses").with(csrf()).with(as).header("Idempotency-Key", "tap-7")
                .contentType("application/json").content(body)).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/expenses").with(csrf()).with(as).header("Idempotency-Key", "tap-7")
                .contentType("application/json").content(body)).hasStatus(201);
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isEqualTo(1_300_000);
    }

    @Test
    void aFundOfAnotherClubIsNotFoundUnderThisClubsAddressAndNothingIsRecorded() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        Club other = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        // An officer of the commune may record money in both clubs, but each under its own address.
        UserView officer = UserFixtures.create(accounts, "cb-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        var as = user(officer.username()).roles("COMMUNE_OFFICER");
        Fund othersFund = funds.fund(other.id(), Fund.Kind.OPERATING, AreaScope.nation());
        String today = vn.ishc.shared.BusinessCalendar.today(clock).toString();

        for (String form : java.util.List.of("contributions", "expenses", "cash-counts")) {
            assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + othersFund.id() + "/" + form).with(csrf()).with(as)
                    .param("amount", "100.000").param("counted", "0").param("date", today).param("source", "COMMUNITY")
                    .param("purpose", "x")).hasStatus(404);
        }
        assertThat(funds.statement(othersFund.id(), LocalDate.of(2025, 8, 1), LocalDate.parse(today), AreaScope.nation())
                .entries()).isEmpty();
        assertThat(funds.cashCounts(othersFund.id(), AreaScope.nation())).isEmpty();
    }

    @Test
    void theTreasurerCountsTheCashAndIsToldTheDifferenceWithTheBookWhichIsKept() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        var as = user(FundFixtures.financeMember(accounts, boards, memberRegister, club, commune, "Thủ quỹ")).roles("CLUB_BOARD");
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        LocalDate today = vn.ishc.shared.BusinessCalendar.today(clock);
        funds.contribute(operating.id(), today, 700_000, Entry.Source.MEMBERS, null, null, "t", AreaScope.nation());
        String page = "/clubs/" + club.id() + "/funds/" + operating.id() + "/cash-counts";

        assertThat(mvc.post().uri(page).with(csrf()).with(as).param("counted", "690.000").param("date", today.toString()))
                .hasStatus3xxRedirection().flash().containsEntry("notice",
                        "Đã ghi lần đếm: 690.000 đồng; sổ ghi 700.000 đồng: thiếu 10.000 đồng.");
        assertThat(mvc.post().uri(page).with(csrf()).with(as).param("counted", "").param("date", today.toString()))
                .hasStatus3xxRedirection().flash().containsEntry("failure", "Cần nhập số tiền đếm được.");
        assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/cash-counts").with(csrf()).with(as)
                .contentType("application/json").content("{\"date\":\"" + today + "\",\"counted\":700000}"))
                .hasStatus(201).bodyJson().extractingPath("$.book").isEqualTo(700_000);
        assertThat(funds.cashCounts(operating.id(), AreaScope.nation())).extracting(Funds.CashCount::difference)
                .containsExactlyInAnyOrder(-10_000L, 0L);
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds?fund=" + operating.id()).with(as)).hasStatusOk()
                .bodyText().contains("Các lần đếm tiền mặt").contains("−10.000");
    }

    @Test
    void anAmountWithAFractionOrStraySeparatorsIsRefusedNamingTheFieldAndNothingIsRecorded() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        var as = user(FundFixtures.financeMember(accounts, boards, memberRegister, club, commune, "Ủy viên tài chính")).roles("CLUB_BOARD");
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        String today = vn.ishc.shared.BusinessCalendar.today(clock).toString();
        String contributions = "/clubs/" + club.id() + "/funds/" + operating.id() + "/contributions";

        for (String typed : java.util.List.of("1,5", "1000,5", "2,50", "1.500.000,5")) {
            assertThat(mvc.post().uri(contributions).with(csrf()).with(as).param("amount", typed).param("date", today)
                    .param("source", "COMMUNITY").param("key", "k-" + typed))
                    .hasStatus3xxRedirection().flash().hasEntrySatisfying("failure", failure -> assertThat((String) failure)
                            .startsWith("Không đọc được số tiền \"" + typed + "\"").contains("số đồng nguyên").contains("1.500.000"));
        }
        assertThat(mvc.post().uri(contributions + "?lang=en").with(csrf()).with(as).param("amount", "1,5").param("date", today)
                .param("source", "COMMUNITY").param("key", "k-en"))
                .hasStatus3xxRedirection().flash().hasEntrySatisfying("failure", failure -> assertThat((String) failure)
                        .startsWith("Cannot read the amount \"1,5\"").contains("whole number of đồng"));
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();

        assertThat(mvc.post().uri(contributions).with(csrf()).with(as).param("amount", "1 500 000 đ").param("date", today)
                .param("source", "COMMUNITY").param("key", "k-ok")).hasStatus3xxRedirection();
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isEqualTo(1_500_000);
    }

    @Test
    void theFormShowsTheAmountItReadsBeforeItIsSaved() {
        var as = user("any-reader").roles("COMMUNE_OFFICER");
        assertThat(mvc.get().uri("/amounts/read?field=amount&amount=1,500,000").with(as)).hasStatusOk().bodyText()
                .contains("1.500.000 đồng");
        assertThat(mvc.get().uri("/amounts/read?field=penalty&penalty=2,50").with(as)).hasStatusOk().bodyText()
                .contains("Không đọc được tiền phạt &quot;2,50&quot;");
        assertThat(mvc.get().uri("/amounts/read?field=amount&amount=1500000&lang=en").with(as)).hasStatusOk().bodyText()
                .contains("1,500,000 đồng");
        assertThat(mvc.get().uri("/amounts/read?field=amount&amount=").with(as)).hasStatusOk().bodyText()
                .doesNotContain("đồng");
    }
}
