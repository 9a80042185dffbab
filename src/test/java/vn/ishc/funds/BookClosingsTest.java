package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ishc.funds.FundsTest.refused;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * A club's books are closed up to a date: nothing is dated on or before it in any of its funds, so what a
 * closed month said stays said; its report is kept as it was; only an officer reopens, with a reason, and
 * both acts are in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookClosingsTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Funds funds;
    @Autowired
    BookClosings closings;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void afterClosingDecemberNoEntryIsDatedInNovemberOrDecemberInAnyFundAndTheReportStaysAsClosed() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06124", LocalDate.of(2025, 1, 10));
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        Entry october = funds.contribute(income.id(), LocalDate.of(2025, 10, 3), 900_000, Entry.Source.PROJECT, null, null,
                "t", NATION);
        funds.contribute(operating.id(), LocalDate.of(2025, 12, 5), 300_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        // November was never closed on its own: closing December closes it too.
        funds.closeMonth(club.id(), YearMonth.of(2025, 12), "tc", NATION);
        assertThat(closings.closedThrough(club.id())).contains(LocalDate.of(2025, 12, 31));

        Funds.Statement decemberBefore = funds.statement(operating.id(), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), NATION);
        refused(() -> funds.spend(operating.id(), LocalDate.of(2025, 11, 20), 50_000, "Nước uống", null, "t", NATION),
                "funds.date.closedMonth");
        refused(() -> funds.contribute(income.id(), LocalDate.of(2025, 12, 31), 50_000, Entry.Source.MEMBERS, null, null,
                "t", NATION), "funds.date.closedMonth");
        refused(() -> funds.transfer(income.id(), operating.id(), LocalDate.of(2025, 6, 1), 10_000, null, null, "t", NATION),
                "funds.date.closedMonth");
        Entry january = funds.spend(operating.id(), LocalDate.of(2026, 1, 2), 50_000, "Nước uống", null, "t", NATION);
        refused(() -> funds.reverse(october.id(), LocalDate.of(2025, 12, 30), "Nhầm", null, "t", NATION),
                "funds.date.closedMonth");
        assertThat(january.date()).isEqualTo(LocalDate.of(2026, 1, 2));
        Funds.Statement decemberAfter = funds.statement(operating.id(), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), NATION);
        assertThat(decemberAfter.opening()).isEqualTo(decemberBefore.opening());
        assertThat(decemberAfter.closing()).isEqualTo(decemberBefore.closing()).isEqualTo(300_000);

        BookClosings.Closing kept = closings.history(club.id(), NATION).get(0);
        assertThat(kept.action()).isEqualTo(BookClosings.Action.CLOSE);
        assertThat(kept.report().funds()).extracting(BookClosings.FundBalance::kind, BookClosings.FundBalance::cash)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Fund.Kind.INCOME_GENERATION, 900_000L),
                        org.assertj.core.groups.Tuple.tuple(Fund.Kind.OPERATING, 300_000L));
        assertThat(kept.report().funds()).allSatisfy(f -> assertThat(f.accounts().values().stream().mapToLong(Long::longValue)
                .sum()).as("each fund's trial balance balances").isZero());
        // Closing an earlier month again changes nothing.
        funds.closeMonth(club.id(), YearMonth.of(2025, 11), "tc", NATION);
        assertThat(closings.history(club.id(), NATION)).hasSize(1);
        assertThat(closings.closedThrough(club.id())).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void onlyAnOfficerReopensWithAReasonAndBothActsAreAudited() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06124", LocalDate.of(2025, 1, 10));
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        funds.contribute(operating.id(), LocalDate.of(2025, 12, 5), 300_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        long commune = GeographyFixtures.communeToday(units, "06124").id();
        UserView officer = UserFixtures.create(accounts, "cb-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã");
        var asOfficer = user(officer.username()).roles("COMMUNE_OFFICER");
        UserView board = UserFixtures.create(accounts, "bcn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Ban chủ nhiệm");
        var asBoard = user(board.username()).roles("CLUB_BOARD");

        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/funds/close").with(csrf()).with(asOfficer)
                .contentType("application/json").content("{\"month\":\"2025-12\"}")).hasStatus(204);
        String reopen = "{\"month\":\"2025-12\",\"reason\":\"Quên ghi khoản chi mua loa ngày 10/12\"}";
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/funds/reopen").with(csrf()).with(asBoard)
                .contentType("application/json").content(reopen)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/funds/reopen").with(csrf()).with(asOfficer)
                .contentType("application/json").content("{\"month\":\"2025-12\",\"reason\":\"  \"}")).hasStatus(422)
                .bodyText().contains("reason");
        assertThat(closings.closedThrough(club.id())).contains(LocalDate.of(2025, 12, 31));

        assertThat(mvc.post().uri("/api/v1/clubs/" + club.id() + "/funds/reopen").with(csrf()).with(asOfficer)
                .contentType("application/json").content(reopen)).hasStatusOk()
                .bodyJson().extractingPath("$.closedThrough").isEqualTo("2025-11-30");
        funds.spend(operating.id(), LocalDate.of(2025, 12, 10), 200_000, "Mua loa", null, "t", NATION);
        refused(() -> funds.spend(operating.id(), LocalDate.of(2025, 11, 10), 1_000, "Nước", null, "t", NATION),
                "funds.date.closedMonth");
        refused(() -> closings.reopen(club.id(), YearMonth.of(2025, 12), "Lần nữa", "x", NATION), "funds.reopen.notClosed");

        List<String> audited = jdbc.sql("select action || ' ' || detail::text from audit_event where target = :t and action like 'fund.books%' order by id")
                .param("t", "club:" + club.id()).query(String.class).list();
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0)).startsWith("fund.books_closed").contains("2025-12-31");
        assertThat(audited.get(1)).startsWith("fund.books_reopened").contains("Quên ghi khoản chi mua loa");
        assertThat(closings.history(club.id(), NATION)).extracting(BookClosings.Closing::action)
                .containsExactly(BookClosings.Action.REOPEN, BookClosings.Action.CLOSE);

        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds").with(asOfficer)).hasStatusOk().bodyText()
                .contains("Sổ đã khóa đến hết ngày 30/11/2025").contains("Quên ghi khoản chi mua loa");

        // A partner reads how far the books are closed, not the reason typed nor who acted.
        UserView partner = UserFixtures.create(accounts, "dt-" + UUID.randomUUID().toString().substring(0, 6),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác");
        var asPartner = user(partner.username()).roles("PARTNER_VIEWER");
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/funds/closings").with(asPartner)).hasStatusOk()
                .bodyText().contains("2025-11-30").doesNotContain("Quên ghi khoản chi mua loa")
                .doesNotContain(officer.username());
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds").with(asPartner)).hasStatusOk().bodyText()
                .contains("Sổ đã khóa đến hết ngày 30/11/2025").doesNotContain("Quên ghi khoản chi mua loa");
    }
}
