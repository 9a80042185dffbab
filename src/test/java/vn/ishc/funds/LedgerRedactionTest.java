package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.ishc.members.Anonymisation;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Once a person is anonymised, the ledger's entries that named them (their contributions, their loan's
 * disbursement and repayments) show the pseudonym on every page and print, while the entries themselves and
 * every balance stay as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerRedactionTest {

    static final AreaScope NATION = AreaScope.nation();
    static final String BORROWER = "Triệu Thị Thơm";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Loans loans;
    @Autowired
    Funds funds;
    @Autowired
    Members members;
    @Autowired
    Anonymisation anonymisation;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void anAnonymisedBorrowersNameLeavesTheStatementPassbookAndLoanPagesAndTheBalancesStay() throws Exception {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusMonths(6);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06613", founded);
        MemberRow thom = members.enrol(null, new PersonDetails(BORROWER, "F", "1956", "07", "POOR", null, null, null,
                false, false, null, null, null), club.id(), founded, "t", NATION);
        UUID person = thom.person().id();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), founded.plusDays(2), 30_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        funds.contribute(income.id(), founded.plusDays(3), 200_000, Entry.Source.MEMBERS, person,
                "Bà " + BORROWER + " góp", null, "t", NATION);
        funds.contribute(income.id(), founded.plusDays(3), 500_000, Entry.Source.MEMBERS, "Phí thành viên", null, "t",
                NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, club.id(), founded.plusDays(4), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "t", NATION);
        UUID loan = loans.apply(club.id(), person, 6_000_000, Loans.Purpose.LIVESTOCK, "Nuôi bò", 6,
                founded.plusDays(5), "t", NATION).id();
        loans.decide(loan, true, founded.plusDays(6), null, "t", NATION);
        loans.disburse(loan, founded.plusDays(7), null, "t", NATION);
        loans.repay(loan, founded.plusDays(40), 1_048_000, 0, null, "t", NATION);
        Funds.Statement before = funds.statement(income.id(), founded, today, NATION);
        RequestPostProcessor board = as(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, "06613").id());
        String statement = "/clubs/" + club.id() + "/funds/statement/print?fund=" + income.id() + "&from=" + founded
                + "&to=" + today;
        assertThat(page(statement, board)).contains(BORROWER);

        anonymisation.anonymise(person, "Người thân yêu cầu", "t", NATION);

        Funds.Statement after = funds.statement(income.id(), founded, today, NATION);
        assertThat(after.closing()).isEqualTo(before.closing());
        assertThat(after.receiptsTotal()).isEqualTo(before.receiptsTotal());
        assertThat(after.loansDisbursed()).isEqualTo(before.loansDisbursed());
        assertThat(after.principalRepaid()).isEqualTo(before.principalRepaid());
        assertThat(after.balances()).isTrue();
        String pseudonym = Anonymisation.pseudonym(person);
        assertThat(page(statement, board)).doesNotContain(BORROWER).contains(pseudonym, "Phí thành viên");
        MvcTestResult pdf = mvc.get().uri("/clubs/" + club.id() + "/funds/statement.pdf?fund=" + income.id() + "&from="
                + founded + "&to=" + today).with(board).exchange();
        assertThat(PrintWebTest.text(pdf.getResponse().getContentAsByteArray())).doesNotContain(BORROWER)
                .contains("Phí thành viên");
        assertThat(page("/clubs/" + club.id() + "/members/" + person + "/passbook", board)).doesNotContain(BORROWER);
        assertThat(page("/loans/" + loan, board)).doesNotContain(BORROWER);
        assertThat(page("/clubs/" + club.id() + "/funds?fund=" + income.id() + "&from=" + founded + "&to=" + today,
                board)).doesNotContain(BORROWER);
        // The ledger itself is as it was written: only what is shown of it changed.
        assertThat(jdbc.sql("select count(*) from ledger_entry where loan_id = :l and description = :n")
                .param("l", loan).param("n", BORROWER).query(Long.class).single()).isEqualTo(2);
    }

    private String page(String uri, RequestPostProcessor who) throws Exception {
        MvcTestResult r = mvc.get().uri(uri).with(who).exchange();
        assertThat(r).hasStatusOk();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    RequestPostProcessor as(Role role, long unit) {
        String name = role.name().toLowerCase().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 6);
        UserFixtures.create(accounts, name, role, unit, "mat-khau-dai-1", "Người in sổ");
        return user(name).roles(role.name());
    }
}
