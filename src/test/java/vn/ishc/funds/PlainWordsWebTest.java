package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * The money pages a club's board reads speak plain Vietnamese: no accounting jargon (bút toán, đảo bút toán, PAR30,
 * hạch toán, ghi sổ kép) anywhere in them; the commune officer finds the technical term in a tooltip.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlainWordsWebTest {

    /** The jargon a club does not read, as whole words (PAR with or without its days). */
    private static final Pattern JARGON = Pattern.compile(
            "bút toán|hạch toán|ghi sổ kép|\\bPAR\\d*\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
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
    @Autowired
    vn.ishc.clubs.Boards boards;

    @Test
    void theBoardsMoneyPagesHaveNoAccountingJargonAndTheOfficersCarryTheTermInATooltip() throws Exception {
        LocalDate founded = LocalDate.of(2025, 8, 1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06154", founded);
        long commune = GeographyFixtures.communeToday(units, "06154").id();
        MemberRow borrower = members.enrol(null, new PersonDetails("Lò Thị Mai", "F", "1958", "07", "POOR", 2025, null,
                null, false, false, null, null, null), club.id(), founded, "t", AreaScope.nation());
        String chair = UserFixtures.create(accounts, "cn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm").username();
        FundFixtures.seatWithAccount(boards, members, club, vn.ishc.clubs.BoardRole.CHAIR, "Chủ nhiệm", chair);
        String officer = UserFixtures.create(accounts, "cb-" + UUID.randomUUID().toString().substring(0, 6),
                Role.COMMUNE_OFFICER, commune, "mat-khau-dai-1", "Cán bộ xã").username();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        funds.contribute(income.id(), LocalDate.of(2025, 8, 5), 30_000_000, Entry.Source.PROJECT, null, null, "t",
                AreaScope.nation());
        Entry mistaken = funds.contribute(income.id(), LocalDate.of(2025, 8, 6), 100_000, Entry.Source.COMMUNITY, null,
                null, "t", AreaScope.nation());
        funds.reverse(mistaken.id(), LocalDate.of(2025, 8, 7), "Ghi nhầm", null, "t", AreaScope.nation());
        loans.approveRules(club.id(), new Loans.Rules(null, null, LocalDate.of(2025, 8, 10), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", AreaScope.nation());
        Loans.Loan applied = loans.apply(club.id(), borrower.person().id(), 5_000_000, Loans.Purpose.CROPS, null, 5,
                LocalDate.of(2025, 8, 20), "t", AreaScope.nation());
        loans.decide(applied.id(), true, LocalDate.of(2025, 8, 25), null, "bcn", AreaScope.nation());
        Loans.Loan loan = loans.disburse(applied.id(), LocalDate.of(2025, 9, 1), null, "tc", AreaScope.nation());
        Entry paid = loans.repay(loan.id(), LocalDate.of(2025, 10, 1), 40_000, 0, null, "tc", AreaScope.nation());
        loans.reverseRepayment(loan.id(), paid.id(), LocalDate.of(2025, 10, 2), "Ghi nhầm", null, "tc", AreaScope.nation());
        String c = "/clubs/" + club.id();
        List<String> pages = List.of(c + "/funds?fund=" + income.id() + "&from=2025-08-01&to=2025-12-31",
                c + "/loans", "/loans/" + loan.id(), "/loans/" + loan.id() + "/card", c + "/meeting-money", c + "/fees",
                c + "/members/" + borrower.person().id() + "/passbook",
                c + "/funds/statement/print?fund=" + income.id() + "&from=2025-08-01&to=2025-12-31");

        RequestPostProcessor board = user(chair).roles("CLUB_BOARD");
        for (String page : pages) {
            String html = mvc.get().uri(page).with(board).locale(Locale.forLanguageTag("vi")).exchange()
                    .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).as(page).contains("<html");
            assertThat(JARGON.matcher(html).results().map(m -> m.group()).toList()).as(page).isEmpty();
        }
        // The pages show what was reversed, in plain words.
        assertThat(mvc.get().uri(pages.get(0)).with(board)).bodyText().contains("Ghi bù để hủy khoản này");

        RequestPostProcessor asOfficer = user(officer).roles("COMMUNE_OFFICER");
        assertThat(mvc.get().uri(pages.get(0)).with(asOfficer)).hasStatusOk().bodyText()
                .containsPattern("title=\"[^\"]*[Bb]út toán[^\"]*\"");
        assertThat(mvc.get().uri(pages.get(1)).with(asOfficer)).hasStatusOk().bodyText()
                .containsPattern("title=\"[^\"]*PAR30[^\"]*\"");
    }
}
