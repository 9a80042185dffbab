package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** A loan's life under the club's rules, and what its ledger says at each step. */
@SpringBootTest
class LoansTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);

    @Autowired
    Loans loans;
    @Autowired
    Funds funds;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    record Setup(Club club, Fund fund, MemberRow borrower) {
    }

    Setup setup(long cash) {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED);
        MemberRow borrower = members.enrol(null, new PersonDetails("Nông Thị Thoa", "Nữ", "1958", "Nùng", "Cận nghèo", 2024,
                null, null, false, false, null, null, null), club.id(), FOUNDED, "t", NATION);
        Fund fund = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(fund.id(), LocalDate.of(2024, 2, 1), cash, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 5), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), "Thành viên từ 6 tháng"), "bcn", NATION);
        return new Setup(club, fund, borrower);
    }

    Loans.Loan disbursed(Setup s, long amount, int months, LocalDate on) {
        Loans.Loan applied = loans.apply(s.club().id(), s.borrower().person().id(), amount, Loans.Purpose.LIVESTOCK,
                "Nuôi lợn", months, on.minusDays(10), "t", NATION);
        loans.decide(applied.id(), true, on.minusDays(3), "Họp ban chủ nhiệm", "bcn", NATION);
        return loans.disburse(applied.id(), on, "out-" + applied.id(), "tc", NATION);
    }

    @Test
    void aLoanIsApprovedUnderTheRulesPaidOutAndRepaidPenaltyFirstThenInterestThenPrincipal() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 6_000_000, 6, LocalDate.of(2024, 3, 1));
        assertThat(loans.schedule(loan.id(), NATION)).hasSize(6).first()
                .isEqualTo(new LoanSchedule.Instalment(1, LocalDate.of(2024, 4, 1), 1_000_000, 48_000));
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(14_000_000);
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).loans()).isEqualTo(6_000_000);

        Entry onTime = loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 1_048_000, 0, "r1", "tc", NATION);
        assertThat(onTime.of(Account.INTEREST)).isEqualTo(-48_000);
        assertThat(onTime.of(Account.LOANS)).isEqualTo(-1_000_000);
        // The May instalment is paid 20 days late with a 1 % penalty on it.
        Loans.Standing late = loans.standing(loan.id(), LocalDate.of(2024, 5, 21), NATION);
        assertThat(late.daysOverdue()).isEqualTo(20);
        assertThat(late.bucket()).isEqualTo(1);
        Entry lateOne = loans.repay(loan.id(), LocalDate.of(2024, 5, 21), 1_058_480, 10_480, "r2", "tc", NATION);
        assertThat(lateOne.of(Account.PENALTIES)).isEqualTo(-10_480);
        assertThat(lateOne.of(Account.INTEREST)).isEqualTo(-48_000);
        assertThat(lateOne.of(Account.LOANS)).isEqualTo(-1_000_000);

        Loans.Loan now = loans.get(loan.id(), NATION);
        assertThat(now.outstanding()).isEqualTo(now.amount() - now.principalRepaid() - now.writtenOff()).isEqualTo(4_000_000);
        Funds.Statement st = funds.statement(s.fund().id(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31), NATION);
        assertThat(st.loansDisbursed()).isEqualTo(6_000_000);
        assertThat(st.principalRepaid()).isEqualTo(2_000_000);
        assertThat(st.interest()).isEqualTo(96_000);
        assertThat(st.penalties()).isEqualTo(10_480);
        assertThat(st.balances()).isTrue();
        assertThatThrownBy(() -> funds.reverse(lateOne.id(), LocalDate.of(2024, 6, 1), "x", null, "t", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "funds.reversal.loan");
    }

    @Test
    void theRulesLimitsTheFundsCashAndPayingMoreThanIsOwedAreRefused() {
        Setup s = setup(5_000_000);
        Loans.Loan tooBig = loans.apply(s.club().id(), s.borrower().person().id(), 12_000_000, Loans.Purpose.TRADE, null,
                6, LocalDate.of(2024, 3, 1), "t", NATION);
        refused(() -> loans.decide(tooBig.id(), true, LocalDate.of(2024, 3, 2), null, "bcn", NATION), "loans.overMax");
        Loans.Loan early = loans.apply(s.club().id(), s.borrower().person().id(), 1_000_000, Loans.Purpose.CROPS, null,
                3, LocalDate.of(2024, 2, 1), "t", NATION);
        refused(() -> loans.decide(early.id(), true, LocalDate.of(2024, 2, 2), null, "bcn", NATION), "loans.noRules");

        Loans.Loan big = loans.apply(s.club().id(), s.borrower().person().id(), 8_000_000, Loans.Purpose.LIVESTOCK, null,
                12, LocalDate.of(2024, 3, 1), "t", NATION);
        loans.decide(big.id(), true, LocalDate.of(2024, 3, 2), null, "bcn", NATION);
        refused(() -> loans.disburse(big.id(), LocalDate.of(2024, 3, 3), null, "tc", NATION), "funds.cash.short");
        assertThat(loans.get(big.id(), NATION).status()).isEqualTo(Loans.Status.APPROVED);

        Loans.Loan small = loans.apply(s.club().id(), s.borrower().person().id(), 2_000_000, Loans.Purpose.CROPS, null,
                2, LocalDate.of(2024, 3, 1), "t", NATION);
        loans.decide(small.id(), true, LocalDate.of(2024, 3, 2), null, "bcn", NATION);
        Loans.Loan out = loans.disburse(small.id(), LocalDate.of(2024, 3, 3), "d-1", "tc", NATION);
        assertThat(loans.disburse(small.id(), LocalDate.of(2024, 3, 3), "d-1", "tc", NATION).version())
                .isEqualTo(out.version());
        refused(() -> loans.repay(small.id(), LocalDate.of(2024, 4, 3), 2_100_000, 0, null, "tc", NATION), "loans.overpaid");
        loans.repay(small.id(), LocalDate.of(2024, 4, 3), 2_016_000, 0, null, "tc", NATION);
        assertThat(loans.get(small.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        assertThat(loans.get(small.id(), NATION).outstanding()).isZero();
    }

    @Test
    void twoRepaymentsRecordedAtOnceAreBothKeptAndASecondTapIsRecordedOnce() throws Exception {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 10_000_000, 10, LocalDate.of(2024, 3, 1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Entry>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = "tap-" + (i / 2);
            work.add(() -> loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 500_000, 0, key, "tc", NATION));
        }
        List<Future<Entry>> done = pool.invokeAll(work);
        pool.shutdown();
        for (Future<Entry> f : done) {
            f.get();
        }
        Loans.Loan other = disbursed(s, 1_000_000, 2, LocalDate.of(2024, 3, 1));
        refused(() -> loans.repay(other.id(), LocalDate.of(2024, 4, 1), 500_000, 0, "tap-0", "tc", NATION),
                "funds.idempotency.reused");
        assertThat(loans.get(other.id(), NATION).principalRepaid()).isZero();
        Loans.Loan after = loans.get(loan.id(), NATION);
        // Four different keys, each paid once: 4 × 500,000; the April interest of 80,000 came first.
        assertThat(after.interestPaid() + after.principalRepaid()).isEqualTo(2_000_000);
        assertThat(after.interestPaid()).isEqualTo(80_000);
        assertThat(after.outstanding()).isEqualTo(10_000_000 - 1_920_000);
    }

    @Test
    void aWrittenOffLoanLeavesTheCashAloneAndOverdueLoansFallIntoBuckets() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 3_000_000, 3, LocalDate.of(2024, 3, 1));
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 4, 1), NATION).daysOverdue()).isZero();
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 5, 15), NATION).bucket()).isEqualTo(2);
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 8, 1), NATION).bucket()).isEqualTo(3);
        Loans.Book book = loans.book(s.club().id(), LocalDate.of(2024, 5, 15), NATION);
        assertThat(book.outstanding()).isEqualTo(3_000_000);
        assertThat(book.atRisk30()).isEqualTo(3_000_000);
        assertThat(book.parPercent()).isEqualTo(100);
        assertThat(book.overdue()).hasSize(1);
        assertThat(book.dueThisMonth()).hasSize(1);
        assertThat(book.loans()).singleElement().satisfies(h -> assertThat(h.standing().bucket()).isEqualTo(2));
        assertThat(loans.book(s.club().id(), LocalDate.of(2024, 3, 15), NATION).overdue()).isEmpty();
        long cash = funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash();
        Loans.Loan gone = loans.writeOff(loan.id(), LocalDate.of(2024, 9, 1), "Người vay qua đời", "bcn", NATION);
        assertThat(gone.status()).isEqualTo(Loans.Status.WRITTEN_OFF);
        assertThat(gone.writtenOff()).isEqualTo(3_000_000);
        assertThat(gone.outstanding()).isZero();
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(cash);
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).loans()).isZero();
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void aLoanInArrearsRescheduledKeepsWhatWasPaidMovesTheUnpaidInterestAndIsNoLongerOverdue() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 6_000_000, 6, LocalDate.of(2024, 3, 1));
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 1_048_000, 0, "r1", "tc", NATION);
        // May and June go unpaid, then a part of June's instalment comes in.
        loans.repay(loan.id(), LocalDate.of(2024, 6, 20), 300_000, 0, "r2", "tc", NATION);
        LocalDate decided = LocalDate.of(2024, 7, 10);
        assertThat(loans.standing(loan.id(), decided, NATION).daysOverdue()).isEqualTo(70);
        // Due and unpaid: 2,796,000 principal and 48,000 interest; 1 % a month for the three months begun since 1 May.
        assertThat(loans.suggestedPenalty(loan.id(), decided, NATION)).isEqualTo(85_320);

        Loans.Loan after = loans.reschedule(loan.id(), decided, 10, 1, "Lợn bị dịch, ban chủ nhiệm cho gia hạn", "bcn", NATION);

        List<LoanSchedule.Instalment> schedule = loans.schedule(loan.id(), NATION);
        assertThat(schedule).hasSize(11);
        assertThat(schedule.get(0)).isEqualTo(new LoanSchedule.Instalment(1, LocalDate.of(2024, 4, 1), 1_000_000, 48_000));
        assertThat(schedule.stream().mapToLong(LoanSchedule.Instalment::principal).sum()).isEqualTo(6_000_000);
        assertThat(schedule.get(1).dueOn()).isEqualTo(LocalDate.of(2024, 8, 10));
        assertThat(after.outstanding()).isEqualTo(4_796_000);
        // What was paid towards May (204,000 principal, 96,000 interest) and July's unpaid interest go into the first
        // new instalment, a month of interest only on what is still owed (4,796,000 × 0.8 % = 38,368).
        assertThat(schedule.get(1)).isEqualTo(new LoanSchedule.Instalment(2, LocalDate.of(2024, 8, 10), 204_000,
                38_368 + 96_000 + 48_000));
        assertThat(schedule.get(10).principal()).isEqualTo(4_796_000 - 8 * 532_888);
        Loans.Standing now = loans.standing(loan.id(), decided, NATION);
        assertThat(now.daysOverdue()).isZero();
        assertThat(now.principalDue()).isZero();
        // The first new instalment is a month of interest only, plus May's, June's and July's unpaid interest.
        Loans.Standing august = loans.standing(loan.id(), LocalDate.of(2024, 8, 10), NATION);
        assertThat(august.principalDue()).isZero();
        assertThat(august.interestDue()).isEqualTo(38_368 + 48_000);
        assertThat(august.daysOverdue()).isZero();
        assertThat(loans.reschedulings(loan.id(), NATION)).singleElement().satisfies(r -> {
            assertThat(r.firstNumber()).isEqualTo(2);
            assertThat(r.outstanding()).isEqualTo(4_796_000);
            assertThat(r.interestArrears()).isEqualTo(48_000);
            assertThat(r.decidedBy()).isEqualTo("bcn");
        });
        refused(() -> loans.reschedule(loan.id(), LocalDate.of(2024, 2, 1), 6, 0, "x", "bcn", NATION),
                "loans.rescheduledOnInvalid");
        refused(() -> loans.reschedule(loan.id(), decided, 6, 6, "x", "bcn", NATION), "loans.rules.graceInvalid");
    }

    @Test
    void aMistakenRepaymentIsReversedOnceAndTheLoanItClosedOwesAgain() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 2_000_000, 2, LocalDate.of(2024, 3, 1));
        Entry paidOff = loans.repay(loan.id(), LocalDate.of(2024, 3, 20), 2_000_000, 0, "all", "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        long cash = funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash();

        Entry reversal = loans.reverseRepayment(loan.id(), paidOff.id(), LocalDate.of(2024, 3, 21), "Ghi nhầm khoản vay",
                "undo-1", "tc", NATION);
        assertThat(loans.reverseRepayment(loan.id(), paidOff.id(), LocalDate.of(2024, 3, 21), "Ghi nhầm khoản vay",
                "undo-1", "tc", NATION).id()).as("sent twice, recorded once").isEqualTo(reversal.id());
        Loans.Loan now = loans.get(loan.id(), NATION);
        assertThat(now.status()).isEqualTo(Loans.Status.DISBURSED);
        assertThat(now.outstanding()).isEqualTo(2_000_000).isEqualTo(now.amount() - now.principalRepaid() - now.writtenOff());
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(cash - 2_000_000);
        refused(() -> loans.reverseRepayment(loan.id(), paidOff.id(), LocalDate.of(2024, 3, 22), "again", null, "tc", NATION),
                "funds.reversal.already");
        refused(() -> loans.reverseRepayment(loan.id(), reversal.id(), LocalDate.of(2024, 3, 22), "x", null, "tc", NATION),
                "loans.reversal.notRepayment");
        assertThat(loans.entries(loan.id(), NATION)).extracting(Entry::kind)
                .containsExactly(Entry.Kind.DISBURSEMENT, Entry.Kind.REPAYMENT, Entry.Kind.REVERSAL);
    }

    @Test
    void tenMillionLentFlatOverTenMonthsOwesEarnsAndIsWrittenOffToTheDongAsWorkedByHand() {
        // The club's rules: flat interest of 0.8 % a month, equal instalments, no grace, 1 % a month late penalty.
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 10_000_000, 10, LocalDate.of(2024, 3, 1));
        // Ten instalments on the 1st of April 2024 to January 2025, each 10,000,000 / 10 = 1,000,000 of principal
        // and 10,000,000 × 0.008 = 80,000 of interest (flat: always on the amount lent).
        assertThat(loans.schedule(loan.id(), NATION)).hasSize(10).allSatisfy(i -> {
            assertThat(i.principal()).isEqualTo(1_000_000);
            assertThat(i.interest()).isEqualTo(80_000);
        });
        // Cash 20,000,000 − 10,000,000 lent = 10,000,000; the fund's loans 10,000,000.
        assertFund(s, 10_000_000, 10_000_000);

        // 1 April: the first instalment on its day, 1,080,000 = 80,000 interest + 1,000,000 principal.
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 1_080_000, 0, null, "tc", NATION);
        assertOwes(loan, 9_000_000, 80_000, 0);
        assertFund(s, 11_080_000, 9_000_000);

        // 20 May: May's instalment (1,000,000 + 80,000) is 19 days late; the penalty asked is one month begun at 1 %:
        // 1,080,000 × 0.01 = 10,800. Of 600,000 paid: 10,800 penalty first, then May's 80,000 interest, then
        // 600,000 − 10,800 − 80,000 = 509,200 principal; 9,000,000 − 509,200 = 8,490,800 owed.
        assertThat(loans.suggestedPenalty(loan.id(), LocalDate.of(2024, 5, 20), NATION)).isEqualTo(10_800);
        Entry mistaken = loans.repay(loan.id(), LocalDate.of(2024, 5, 20), 600_000, 10_800, null, "tc", NATION);
        assertThat(mistaken.of(Account.PENALTIES)).isEqualTo(-10_800);
        assertThat(mistaken.of(Account.INTEREST)).isEqualTo(-80_000);
        assertThat(mistaken.of(Account.LOANS)).isEqualTo(-509_200);
        assertOwes(loan, 8_490_800, 160_000, 10_800);
        // Cash 11,080,000 + 600,000 = 11,680,000.
        assertFund(s, 11_680_000, 8_490_800);
        // May's principal, 1,000,000 − 509,200 = 490,800, is still due and 19 days late.
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 5, 20), NATION))
                .isEqualTo(new Loans.Standing(490_800, 0, 8_490_800, 19));

        // 21 May: that money was another borrower's. Its mirror takes back all three parts: owed 9,000,000 again,
        // interest 80,000 and penalties 0 again, cash 11,680,000 − 600,000 = 11,080,000.
        loans.reverseRepayment(loan.id(), mistaken.id(), LocalDate.of(2024, 5, 21), "Tiền của người vay khác", null,
                "tc", NATION);
        assertOwes(loan, 9_000_000, 80_000, 0);
        assertFund(s, 11_080_000, 9_000_000);

        // 3 June: May's and June's instalments are due, the oldest 33 days late. Of 2,220,000 paid with a penalty of
        // 20,000 (less than the 2 × 1 % × 2,160,000 = 43,200 asked; the board may lower it): 20,000 penalty, then the
        // 2 × 80,000 = 160,000 interest due, then 2,220,000 − 20,000 − 160,000 = 2,040,000 principal, which pays
        // May and June and 40,000 ahead. Owed 9,000,000 − 2,040,000 = 6,960,000; cash 11,080,000 + 2,220,000.
        assertThat(loans.suggestedPenalty(loan.id(), LocalDate.of(2024, 6, 3), NATION)).isEqualTo(43_200);
        loans.repay(loan.id(), LocalDate.of(2024, 6, 3), 2_220_000, 20_000, null, "tc", NATION);
        assertOwes(loan, 6_960_000, 240_000, 20_000);
        assertFund(s, 13_300_000, 6_960_000);
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 6, 3), NATION))
                .isEqualTo(new Loans.Standing(0, 0, 6_960_000, 0));

        // 15 September: nothing since. July, August and September are due: principal 960,000 (July less the 40,000
        // paid ahead) + 1,000,000 + 1,000,000 = 2,960,000, interest 3 × 80,000 = 240,000; July's is 76 days late
        // (30 left of July + 31 of August + 15), so the whole 6,960,000 is at risk.
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 9, 15), NATION))
                .isEqualTo(new Loans.Standing(2_960_000, 240_000, 6_960_000, 76));
        Loans.Book book = loans.book(s.club().id(), LocalDate.of(2024, 9, 15), NATION);
        assertThat(book.outstanding()).isEqualTo(6_960_000);
        assertThat(book.atRisk30()).isEqualTo(6_960_000);

        // The board writes off the 6,960,000 still owed: the fund's loans fall to 0, its cash stays 13,300,000.
        Loans.Loan gone = loans.writeOff(loan.id(), LocalDate.of(2024, 9, 15), "Người vay qua đời", "bcn", NATION);
        assertThat(gone.writtenOff()).isEqualTo(6_960_000);
        assertThat(gone.principalRepaid()).isEqualTo(3_040_000);
        assertThat(gone.outstanding()).isZero();
        assertFund(s, 13_300_000, 0);

        // The statement: 20,000,000 given, 10,000,000 lent, 1,000,000 + 2,040,000 = 3,040,000 principal back (the
        // 509,200 reversed nets out), 80,000 + 160,000 = 240,000 interest, 20,000 penalty, 6,960,000 written off;
        // 0 + 20,000,000 + 3,040,000 + 240,000 + 20,000 − 10,000,000 = 13,300,000.
        Funds.Statement st = funds.statement(s.fund().id(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 9, 30), NATION);
        assertThat(st.opening()).isZero();
        assertThat(st.receiptsTotal()).isEqualTo(20_000_000);
        assertThat(st.loansDisbursed()).isEqualTo(10_000_000);
        assertThat(st.principalRepaid()).isEqualTo(3_040_000);
        assertThat(st.interest()).isEqualTo(240_000);
        assertThat(st.penalties()).isEqualTo(20_000);
        assertThat(st.writtenOff()).isEqualTo(6_960_000);
        assertThat(st.closing()).isEqualTo(13_300_000);
        assertThat(st.balances()).isTrue();
    }

    @Test
    void tenMillionLentOnADecliningBalanceOverThreeMonthsIsRepaidToTheDongWithTheRoundingInTheLastInstalment() {
        Setup s = setup(20_000_000);
        // New rules from 20 February: 1 % a month on what is still owed, in equal payments.
        loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 20), 10_000_000, 12,
                new BigDecimal("0.01"), LoanSchedule.Method.DECLINING, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), "Thành viên từ 6 tháng"), "bcn", NATION);
        Loans.Loan loan = disbursed(s, 10_000_000, 3, LocalDate.of(2024, 3, 1));
        // The payment: 10,000,000 × 0.01 × 1.01³ / (1.01³ − 1) = 100,000 × 1.030301 / 0.030301 = 3,400,221.11.
        // April: interest 10,000,000 × 1 % = 100,000, principal 3,400,221 − 100,000 = 3,300,221, owed 6,699,779.
        // May: interest 66,997.79 → 66,998, principal 3,333,223, owed 3,366,556.
        // June: interest 33,665.56 → 33,666 and the 3,366,556 left: 3,400,222, the đồng of rounding.
        assertThat(loans.schedule(loan.id(), NATION)).containsExactly(
                new LoanSchedule.Instalment(1, LocalDate.of(2024, 4, 1), 3_300_221, 100_000),
                new LoanSchedule.Instalment(2, LocalDate.of(2024, 5, 1), 3_333_223, 66_998),
                new LoanSchedule.Instalment(3, LocalDate.of(2024, 6, 1), 3_366_556, 33_666));

        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 3_400_221, 0, null, "tc", NATION);
        assertOwes(loan, 6_699_779, 100_000, 0);
        // 10 May, 9 days late: penalty 1 % × 3,400,221 = 34,002; of 2,000,000 paid, 34,002 penalty, 66,998 interest,
        // 2,000,000 − 34,002 − 66,998 = 1,899,000 principal; owed 6,699,779 − 1,899,000 = 4,800,779.
        assertThat(loans.suggestedPenalty(loan.id(), LocalDate.of(2024, 5, 10), NATION)).isEqualTo(34_002);
        loans.repay(loan.id(), LocalDate.of(2024, 5, 10), 2_000_000, 34_002, null, "tc", NATION);
        assertOwes(loan, 4_800_779, 166_998, 34_002);
        // May's principal left: 3,333,223 − 1,899,000 = 1,434,223.
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 5, 10), NATION))
                .isEqualTo(new Loans.Standing(1_434_223, 0, 4_800_779, 9));
        // Cash 20,000,000 − 10,000,000 + 3,400,221 + 2,000,000 = 15,400,221.
        assertFund(s, 15_400_221, 4_800_779);

        // 1 June: June's interest 33,666 and the 4,800,779 owed, 4,834,445 in all, close the loan.
        loans.repay(loan.id(), LocalDate.of(2024, 6, 1), 4_834_445, 0, null, "tc", NATION);
        assertOwes(loan, 0, 200_664, 34_002);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        // Cash 15,400,221 + 4,834,445 = 20,234,666: the 20,000,000 back with 200,664 interest and 34,002 penalty.
        assertFund(s, 20_234_666, 0);
    }

    /** New rules from 20 February 2024: 1 % a month on what is still owed, equal payments, and what a prepayment does. */
    private void decliningAtOnePercent(Setup s, LoanSchedule.Prepayment prepayment) {
        loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 20), 10_000_000, 12,
                InterestRate.monthly(new BigDecimal("0.01")), LoanSchedule.Method.DECLINING,
                LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, new BigDecimal("0.01"), null, prepayment), "bcn", NATION);
    }

    /** 10,000,000 over 12 months at 1 % a month on the declining balance: 888,488 a month (LoanScheduleTest). */
    static final List<LoanSchedule.Instalment> TEN_MILLION_OVER_A_YEAR = LoanSchedule.of(10_000_000, 12,
            InterestRate.monthly(new BigDecimal("0.01")), LoanSchedule.Method.DECLINING,
            LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, LocalDate.of(2024, 3, 1));

    @Test
    void fiveMillionNineHundredThousandPrepaidAtMonthThreeLowersTheInterestOnWhatIsStillOwedAndKeepsTheInstalmentsDue() {
        Setup s = setup(20_000_000);
        decliningAtOnePercent(s, LoanSchedule.Prepayment.REDUCE_INSTALMENT);
        Loans.Loan loan = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        assertThat(loans.schedule(loan.id(), NATION)).isEqualTo(TEN_MILLION_OVER_A_YEAR);
        // April and May on their days: 100,000 + 788,488 and 92,115 + 796,373; owed 8,415,139.
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 888_488, 0, null, "tc", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 5, 1), 888_488, 0, null, "tc", NATION);
        // 1 June: June's instalment (84,151 + 804,337) and 5,900,000 ahead, 6,788,488 in all; owed
        // 8,415,139 − 804,337 − 5,900,000 = 1,710,802.
        Entry ahead = loans.repay(loan.id(), LocalDate.of(2024, 6, 1), 6_788_488, 0, null, "tc", NATION);
        assertThat(ahead.of(Account.INTEREST)).isEqualTo(-84_151);
        assertThat(ahead.of(Account.LOANS)).isEqualTo(-(804_337 + 5_900_000));
        assertOwes(loan, 1_710_802, 276_266, 0);
        // The instalments due stay as they were; from July the 1,710,802 is repaid over the 9 months left at
        // 199,720 a month (worked out in LoanScheduleTest), the 5,900,000 paid ahead carried in July's.
        List<LoanSchedule.Instalment> schedule = loans.schedule(loan.id(), NATION);
        assertThat(schedule.subList(0, 3)).isEqualTo(TEN_MILLION_OVER_A_YEAR.subList(0, 3));
        assertThat(schedule.subList(3, 12)).containsExactly(
                new LoanSchedule.Instalment(4, LocalDate.of(2024, 7, 1), 5_900_000 + 182_612, 17_108),
                new LoanSchedule.Instalment(5, LocalDate.of(2024, 8, 1), 184_438, 15_282),
                new LoanSchedule.Instalment(6, LocalDate.of(2024, 9, 1), 186_282, 13_438),
                new LoanSchedule.Instalment(7, LocalDate.of(2024, 10, 1), 188_145, 11_575),
                new LoanSchedule.Instalment(8, LocalDate.of(2024, 11, 1), 190_027, 9_693),
                new LoanSchedule.Instalment(9, LocalDate.of(2024, 12, 1), 191_927, 7_793),
                new LoanSchedule.Instalment(10, LocalDate.of(2025, 1, 1), 193_846, 5_874),
                new LoanSchedule.Instalment(11, LocalDate.of(2025, 2, 1), 195_785, 3_935),
                new LoanSchedule.Instalment(12, LocalDate.of(2025, 3, 1), 197_740, 1_977));
        assertThat(schedule.stream().mapToLong(LoanSchedule.Instalment::principal).sum()).isEqualTo(10_000_000);
        // Interest still to come: 86,675, where 385,587 stayed scheduled before.
        assertThat(schedule.subList(3, 12).stream().mapToLong(LoanSchedule.Instalment::interest).sum()).isEqualTo(86_675);
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 6, 1), NATION)).isEqualTo(new Loans.Standing(0, 0, 1_710_802, 0));
        // On 1 July only July's own 182,612 + 17,108 = 199,720 is due.
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 7, 1), NATION))
                .isEqualTo(new Loans.Standing(182_612, 17_108, 1_710_802, 0));
        assertThat(loans.recalculations(loan.id(), NATION)).singleElement().satisfies(r -> {
            assertThat(r.entryId()).isEqualTo(ahead.id());
            assertThat(r.from()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(r.firstNumber()).isEqualTo(4);
            assertThat(r.paidAhead()).isEqualTo(5_900_000);
            assertThat(r.outstanding()).isEqualTo(1_710_802);
            assertThat(r.prepayment()).isEqualTo(LoanSchedule.Prepayment.REDUCE_INSTALMENT);
        });

        // 2 June: the 6,788,488 was another borrower's. Its reversal takes June's instalment back too, and the
        // instalments from July are worked out again without it: 7,610,802 over 9 months at 1 % is 888,487.79 →
        // 888,488 a month, the schedule the loan had (LoanScheduleTest).
        loans.reverseRepayment(loan.id(), ahead.id(), LocalDate.of(2024, 6, 2), "Tiền của người vay khác", null, "tc",
                NATION);
        assertThat(loans.schedule(loan.id(), NATION)).isEqualTo(TEN_MILLION_OVER_A_YEAR);
        assertOwes(loan, 8_415_139, 192_115, 0);
        assertThat(loans.recalculations(loan.id(), NATION)).hasSize(2).last()
                .satisfies(r -> assertThat(r.paidAhead()).isZero());
    }

    @Test
    void theIssuesLoanWithFourMillionOneHundredThousandLeftOwesInterestOnlyOnThat() {
        // The report: 10,000,000 at 1 % a month, 5,900,000 of principal repaid, and 561,853 of interest still
        // scheduled, as on the whole 10,000,000. 6,000,000 paid on the first due day: 100,000 interest, 5,900,000
        // principal; owed 4,100,000 over the 11 months left: 4,100,000 × 0.01 × 1.01¹¹ / (1.01¹¹ − 1) = 395,461.71
        // → 395,462 a month, 250,076 of interest in all (41,000 in May, 37,455 in June, … 3,915 in the last).
        Setup s = setup(20_000_000);
        decliningAtOnePercent(s, LoanSchedule.Prepayment.REDUCE_INSTALMENT);
        Loans.Loan loan = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        assertThat(TEN_MILLION_OVER_A_YEAR.subList(1, 12).stream().mapToLong(LoanSchedule.Instalment::interest).sum())
                .isEqualTo(561_853);
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 6_000_000, 0, null, "tc", NATION);
        assertOwes(loan, 4_100_000, 100_000, 0);
        List<LoanSchedule.Instalment> schedule = loans.schedule(loan.id(), NATION);
        assertThat(schedule.subList(1, 12).stream().mapToLong(LoanSchedule.Instalment::interest).sum()).isEqualTo(250_076);
        assertThat(schedule.get(1)).isEqualTo(new LoanSchedule.Instalment(2, LocalDate.of(2024, 5, 1),
                5_900_000 - 788_488 + 354_462, 41_000));
        assertThat(schedule.subList(2, 11)).allSatisfy(i -> assertThat(i.total()).isEqualTo(395_462));
        assertThat(schedule.stream().mapToLong(LoanSchedule.Instalment::principal).sum()).isEqualTo(10_000_000);
    }

    @Test
    void underRulesThatKeepTheInstalmentThePrepaidLoanEndsInItsFifthMonthAndClosesWhenRepaid() {
        Setup s = setup(20_000_000);
        decliningAtOnePercent(s, LoanSchedule.Prepayment.REDUCE_TERM);
        Loans.Loan loan = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 888_488, 0, null, "tc", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 5, 1), 888_488, 0, null, "tc", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 6, 1), 6_788_488, 0, null, "tc", NATION);
        // 888,488 a month kept: July 17,108 + 871,380, owed 839,422; August 8,394 + 839,422 (LoanScheduleTest).
        List<LoanSchedule.Instalment> schedule = loans.schedule(loan.id(), NATION);
        assertThat(schedule).hasSize(5);
        assertThat(schedule.subList(3, 5)).containsExactly(
                new LoanSchedule.Instalment(4, LocalDate.of(2024, 7, 1), 5_900_000 + 871_380, 17_108),
                new LoanSchedule.Instalment(5, LocalDate.of(2024, 8, 1), 839_422, 8_394));
        loans.repay(loan.id(), LocalDate.of(2024, 7, 1), 888_488, 0, null, "tc", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 8, 1), 847_816, 0, null, "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        // 100,000 + 92,115 + 84,151 + 17,108 + 8,394 of interest, where 661,853 was scheduled.
        assertOwes(loan, 0, 301_768, 0);
    }

    @Test
    void aLoanWhosePrincipalIsRepaidButNotItsInterestIsNeitherWrittenOffNorRescheduledButPaid() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 10_000_000, 10, LocalDate.of(2024, 3, 1));
        // April's interest paid on its own, then the whole principal the next day: the loan closes.
        Entry interest = loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 80_000, 0, null, "tc", NATION);
        loans.repay(loan.id(), LocalDate.of(2024, 4, 2), 10_000_000, 0, null, "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        // The interest payment was recorded by mistake: reversed, the loan owes April's 80,000 of interest again.
        loans.reverseRepayment(loan.id(), interest.id(), LocalDate.of(2024, 4, 3), "Ghi nhầm", null, "tc", NATION);
        Loans.Loan open = loans.get(loan.id(), NATION);
        assertThat(open.status()).isEqualTo(Loans.Status.DISBURSED);
        assertThat(open.outstanding()).isZero();
        assertThat(loans.standing(loan.id(), LocalDate.of(2024, 4, 3), NATION).interestDue()).isEqualTo(80_000);
        long cash = funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash();
        // Nothing of it is on the books to write off or to spread again; both are refused with what to do instead.
        refused(() -> loans.writeOff(loan.id(), LocalDate.of(2024, 4, 3), "Người vay qua đời", "bcn", NATION),
                "loans.writeOff.principalRepaid");
        refused(() -> loans.reschedule(loan.id(), LocalDate.of(2024, 4, 3), 6, 0, "Gia hạn", "bcn", NATION),
                "loans.reschedule.principalRepaid");
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(cash);
        assertThat(loans.reschedulings(loan.id(), NATION)).isEmpty();
        loans.repay(loan.id(), LocalDate.of(2024, 4, 4), 80_000, 0, null, "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
    }

    @Test
    void aPenaltyPaidAloneAndReversedLeavesAClosedLoanClosed() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 2_000_000, 2, LocalDate.of(2024, 3, 1));
        // A penalty equal to the whole amount paid is a payment of the penalty alone.
        Entry penalty = loans.repay(loan.id(), LocalDate.of(2024, 3, 5), 5_000, 5_000, null, "tc", NATION);
        assertThat(penalty.lines()).extracting(Entry.Line::account).containsExactlyInAnyOrder(Account.CASH, Account.PENALTIES);
        loans.repay(loan.id(), LocalDate.of(2024, 3, 20), 2_000_000, 0, null, "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
        loans.reverseRepayment(loan.id(), penalty.id(), LocalDate.of(2024, 3, 21), "Phạt nhầm", null, "tc", NATION);
        // Nothing is owed: the loan stays closed (reopened, no repayment could ever have closed it again).
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.CLOSED);
    }

    @Test
    void aRateIsKeptAsEnteredAMonthOrAYearAndEachMonthsInterestWorkedOutFromIt() {
        Setup s = setup(40_000_000);
        // 0.8333 % a month as typed, kept to its last decimal (it was cut to 0.00833): 10,000,000 × 0.008333 = 83,330.
        loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 10), 10_000_000, 12,
                new BigDecimal("0.008333"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.0125"), null), "bcn", NATION);
        Loans.Rules monthly = loans.rulesOn(s.club().id(), LocalDate.of(2024, 2, 10), NATION).orElseThrow();
        assertThat(monthly.rate()).isEqualTo(InterestRate.monthly(new BigDecimal("0.008333")));
        assertThat(monthly.penaltyRate()).isEqualByComparingTo("0.0125");
        Loans.Loan first = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        assertThat(loans.schedule(first.id(), NATION)).extracting(LoanSchedule.Instalment::interest).containsOnly(83_330L);

        // 10 % a year: 10,000,000 × 0.1 / 12 = 83,333.33 → 83,333 a month.
        loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 20), 10_000_000, 12,
                InterestRate.yearly(new BigDecimal("0.10")), LoanSchedule.Method.FLAT,
                LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null, null), "bcn", NATION);
        Loans.Rules yearly = loans.rulesOn(s.club().id(), LocalDate.of(2024, 2, 20), NATION).orElseThrow();
        assertThat(yearly.rate()).isEqualTo(InterestRate.yearly(new BigDecimal("0.10")));
        assertThat(yearly.prepayment()).as("the default").isEqualTo(LoanSchedule.Prepayment.REDUCE_INSTALMENT);
        Loans.Loan second = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        assertThat(loans.schedule(second.id(), NATION)).extracting(LoanSchedule.Instalment::interest).containsOnly(83_333L);

        // 30 % a year is above the legal cap and still kept (the answer warns); 10 % a month or 120 % a year, or a
        // rate finer than 10 decimals of a per cent, is refused rather than rounded.
        loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 21), 10_000_000, 12,
                InterestRate.yearly(new BigDecimal("0.3")), LoanSchedule.Method.FLAT,
                LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null, null), "bcn", NATION);
        assertThat(loans.rulesOn(s.club().id(), LocalDate.of(2024, 2, 21), NATION).orElseThrow().rate().aboveLegalCap())
                .isTrue();
        for (InterestRate wrong : List.of(InterestRate.monthly(new BigDecimal("0.1")), InterestRate.yearly(new BigDecimal("1.2")),
                InterestRate.monthly(new BigDecimal("0.0083333333333")), InterestRate.monthly(new BigDecimal("-0.001")))) {
            refused(() -> loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 22),
                    10_000_000, 12, wrong, LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                    BigDecimal.ZERO, null, null), "bcn", NATION), "loans.rules.rateInvalid");
        }
        InvalidInputException tooHigh = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 22), 10_000_000,
                        12, InterestRate.yearly(new BigDecimal("1.5")), LoanSchedule.Method.FLAT,
                        LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null, null), "bcn", NATION));
        // The form asks for per cents: the refusal speaks of per cents too, never of fractions.
        assertThat(messageSource.getMessage(tooHigh.messageKey(), tooHigh.arguments(), java.util.Locale.forLanguageTag("vi")))
                .contains("150%/năm").contains("từ 0 đến dưới 10%/tháng (120%/năm)").doesNotContain("0,1").doesNotContain("1,5");
        InvalidInputException penalty = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> loans.approveRules(s.club().id(), new Loans.Rules(null, null, LocalDate.of(2024, 2, 22), 10_000_000,
                        12, InterestRate.monthly(new BigDecimal("0.01")), LoanSchedule.Method.FLAT,
                        LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, new BigDecimal("0.2"), null, null), "bcn", NATION));
        assertThat(messageSource.getMessage(penalty.messageKey(), penalty.arguments(), java.util.Locale.ENGLISH))
                .contains("20% a month").contains("under 10% a month").doesNotContain("0.2");
    }

    /** What a loan owes and has paid in interest and penalties, as its page shows them. */
    private void assertOwes(Loans.Loan loan, long outstanding, long interestPaid, long penaltiesPaid) {
        Loans.Loan now = loans.get(loan.id(), NATION);
        assertThat(now.outstanding()).as("outstanding").isEqualTo(outstanding);
        assertThat(now.interestPaid()).as("interest paid").isEqualTo(interestPaid);
        assertThat(now.penaltiesPaid()).as("penalties paid").isEqualTo(penaltiesPaid);
    }

    /** The income-generation fund's cash and loans out, as its page shows them. */
    private void assertFund(Setup s, long cash, long loansOut) {
        Fund fund = funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION);
        assertThat(fund.cash()).as("the fund's cash").isEqualTo(cash);
        assertThat(fund.loans()).as("the fund's loans").isEqualTo(loansOut);
    }

    /** The kinds of step the random sequences take. */
    enum Step { DISBURSE, REPAY, PREPAY, REVERSE, RESCHEDULE, WRITE_OFF }

    /** The reasons the rules may refuse a random step for; any other refusal means the sequence itself is wrong. */
    static final Set<String> EXPECTED_REFUSALS = Set.of("funds.cash.short", "loans.overpaid", "loans.statusInvalid",
            "funds.idempotency.reused");

    @Test
    void overRandomSequencesOfLoanStepsTheBookAlwaysBalancesAndEachLoanOwesWhatWasLentLessWhatCameBack() {
        for (long seed = 17; seed <= 20; seed++) {
            java.util.Random random = new java.util.Random(seed);
            Setup s = setup(40_000_000);
            List<Loans.Loan> open = new ArrayList<>();
            Map<Step, Integer> done = new EnumMap<>(Step.class);
            Map<String, Integer> refusals = new TreeMap<>();
            LocalDate day = LocalDate.of(2024, 3, 1);
            for (int step = 0; step < 40; step++) {
                day = day.plusDays(random.nextInt(9));
                int what = open.isEmpty() ? 0 : random.nextInt(11);
                Step kind = what <= 2 ? Step.DISBURSE : what <= 6 ? Step.REPAY : what == 7 ? Step.REVERSE
                        : what == 8 ? Step.RESCHEDULE : what == 9 ? Step.PREPAY : Step.WRITE_OFF;
                Map<java.util.UUID, List<LoanSchedule.Instalment>> before = schedules(s);
                try {
                    if (take(kind, s, open, random, seed, day)) {
                        done.merge(kind, 1, Integer::sum);
                    }
                } catch (InvalidInputException refused) {
                    // A step the rules refuse (more than is owed, not enough cash, a closed loan) changes nothing.
                    refusals.merge(refused.messageKey(), 1, Integer::sum);
                }
                check(s, seed, step, day);
                if (kind == Step.REPAY || kind == Step.PREPAY) {
                    keptTheInstalmentsDue(before, schedules(s), day, seed, step);
                }
            }
            assertThat(refusals.keySet()).as("seed %d: why steps were refused %s", seed, refusals)
                    .isSubsetOf(EXPECTED_REFUSALS);
            // Each seed's sequence went through 26 to 37 of its 40 steps, each kind at least once (seeds 17 to 20).
            assertThat(done).as("seed %d: steps that went through, by kind", seed).containsOnlyKeys(Step.values());
            assertThat(done.values().stream().mapToInt(Integer::intValue).sum())
                    .as("seed %d: steps that went through %s", seed, done).isGreaterThanOrEqualTo(20);
        }
    }

    /** Takes one step of a kind; true when it changed the book, false when it found nothing to do. */
    private boolean take(Step kind, Setup s, List<Loans.Loan> open, java.util.Random random, long seed, LocalDate day) {
        switch (kind) {
            case DISBURSE -> open.add(disbursed(s, 500_000 + 250_000L * random.nextInt(30), 2 + random.nextInt(10), day));
            case REPAY -> {
                Loans.Loan loan = open.get(random.nextInt(open.size()));
                loans.repay(loan.id(), day, 50_000 + 10_000L * random.nextInt(200), random.nextInt(4) == 0 ? 5_000 : 0,
                        random.nextInt(5) == 0 ? "same-" + seed : null, "tc", NATION);
            }
            case PREPAY -> {
                // What is due now and a part of the rest ahead of the schedule.
                Loans.Loan loan = open.get(random.nextInt(open.size()));
                Loans.Standing now = loans.standing(loan.id(), day, NATION);
                long ahead = 1 + random.nextLong(Math.max(1, now.outstanding() - now.principalDue()));
                loans.repay(loan.id(), day, now.interestDue() + now.principalDue() + ahead, 0, null, "tc", NATION);
            }
            case REVERSE -> {
                Loans.Loan loan = open.get(random.nextInt(open.size()));
                Optional<Entry> last = loans.entries(loan.id(), NATION).stream()
                        .filter(e -> e.kind() == Entry.Kind.REPAYMENT && e.reversedById() == null).findFirst();
                if (last.isEmpty()) {
                    return false;
                }
                loans.reverseRepayment(loan.id(), last.get().id(), day, "Ghi nhầm", null, "tc", NATION);
            }
            case RESCHEDULE -> {
                Loans.Loan loan = open.get(random.nextInt(open.size()));
                loans.reschedule(loan.id(), day, 1 + random.nextInt(12), 0, "Gia hạn", "bcn", NATION);
            }
            case WRITE_OFF -> {
                Loans.Loan loan = open.remove(random.nextInt(open.size()));
                loans.writeOff(loan.id(), day, "Không trả được", "bcn", NATION);
            }
        }
        return true;
    }

    private Map<java.util.UUID, List<LoanSchedule.Instalment>> schedules(Setup s) {
        Map<java.util.UUID, List<LoanSchedule.Instalment>> out = new java.util.HashMap<>();
        for (Loans.Loan loan : loans.ofClub(s.club().id(), NATION)) {
            out.put(loan.id(), loans.schedule(loan.id(), NATION));
        }
        return out;
    }

    /** A repayment, ahead of the schedule or not, never changes an instalment already due on its day. */
    private static void keptTheInstalmentsDue(Map<java.util.UUID, List<LoanSchedule.Instalment>> before,
                                              Map<java.util.UUID, List<LoanSchedule.Instalment>> after, LocalDate day,
                                              long seed, int step) {
        before.forEach((loan, schedule) -> {
            List<LoanSchedule.Instalment> due = schedule.stream().filter(i -> !i.dueOn().isAfter(day)).toList();
            assertThat(after.get(loan)).as("seed %d step %d: loan %s keeps the instalments due by %s", seed, step, loan, day)
                    .hasSizeGreaterThanOrEqualTo(due.size());
            assertThat(after.get(loan).subList(0, due.size())).as("seed %d step %d: loan %s", seed, step, loan).isEqualTo(due);
        });
    }

    /**
     * What holds after every step whatever the figures: no negative cash, each loan owes its amount less
     * the principal of its repayments (net of reversals) and write-off, the fund's loans are the sum of
     * what the loans owe, every schedule repays exactly the amount lent, and the statement to the step's day
     * balances. The figures themselves are checked by hand in the tests above.
     */
    private void check(Setup s, long seed, int step, LocalDate day) {
        Fund fund = funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION);
        assertThat(fund.cash()).as("seed %d step %d: cash", seed, step).isNotNegative();
        long outstanding = 0;
        for (Loans.Loan loan : loans.ofClub(s.club().id(), NATION)) {
            if (loan.disbursedOn() == null) {
                continue;
            }
            long repaid = 0;
            long written = 0;
            for (Entry e : loans.entries(loan.id(), NATION)) {
                if (e.kind() == Entry.Kind.REPAYMENT || e.kind() == Entry.Kind.REVERSAL) {
                    repaid -= e.of(Account.LOANS);
                } else if (e.kind() == Entry.Kind.WRITE_OFF) {
                    written += e.of(Account.WRITE_OFFS);
                }
            }
            assertThat(loan.outstanding()).as("seed %d step %d: loan %s", seed, step, loan.id())
                    .isEqualTo(loan.amount() - repaid - written).isNotNegative();
            assertThat(loans.schedule(loan.id(), NATION).stream().mapToLong(LoanSchedule.Instalment::principal).sum())
                    .as("the schedule still adds up to the amount lent").isEqualTo(loan.amount());
            outstanding += loan.outstanding();
        }
        assertThat(fund.loans()).as("seed %d step %d: the fund's loans", seed, step).isEqualTo(outstanding);
        // Every step is dated on or before its day, so the statement to that day holds all of them.
        Funds.Statement st = funds.statement(fund.id(), FOUNDED, day, NATION);
        assertThat(st.closing()).as("seed %d step %d: the statement's closing cash", seed, step).isEqualTo(fund.cash());
        assertThat(st.balances()).as("seed %d step %d: the statement balances", seed, step).isTrue();
    }

    static Loans.Rules productRules(LocalDate on, long max, int term, String monthly, LoanSchedule.Method method,
                                    LoanSchedule.Repayment repayment, LoanSchedule.Layout layout) {
        return new Loans.Rules(null, null, on, max, term, InterestRate.monthly(new BigDecimal(monthly)), method,
                repayment, 0, BigDecimal.ZERO, null, null, null, layout);
    }

    @Test
    void anEqualPrincipalLoanRoundedToAThousandFallsDueAtTheClubsMeetingsAndAPaymentAheadReworksTheLaterOnes() {
        Setup s = setup(20_000_000);
        loans.approveRules(s.club().id(), productRules(LocalDate.of(2024, 2, 20), 20_000_000, 12, "0.01",
                LoanSchedule.Method.DECLINING, LoanSchedule.Repayment.EQUAL_PRINCIPAL,
                new LoanSchedule.Layout(true, LoanSchedule.DueDay.MEETING_DAY)), "bcn", NATION);
        // The club meets on the 21st; paid out on 1 March 2024, the first meeting at least 15 days on is 21 March.
        Loans.Loan loan = disbursed(s, 10_000_000, 12, LocalDate.of(2024, 3, 1));
        List<LoanSchedule.Instalment> schedule = loans.schedule(loan.id(), NATION);
        // 10,000,000 / 12 = 833,333 of principal; 1 % on what is owed: 833,333 + 100,000 = 933,333 → 933,000;
        // 833,333 + 91,670 (1 % of 9,167,000) = 925,003 → 925,000.
        assertThat(schedule.subList(0, 2)).containsExactly(
                new LoanSchedule.Instalment(1, LocalDate.of(2024, 3, 21), 833_000, 100_000),
                new LoanSchedule.Instalment(2, LocalDate.of(2024, 4, 21), 833_330, 91_670));
        assertThat(schedule).hasSize(12).last().extracting(LoanSchedule.Instalment::dueOn)
                .isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(schedule.stream().mapToLong(LoanSchedule.Instalment::principal).sum()).isEqualTo(10_000_000);
        assertThat(schedule.subList(0, 11)).allSatisfy(i -> assertThat(i.total() % 1_000).isZero());

        // At the first meeting the member pays the instalment and 3,000,000 more: 6,167,000 owed over 11 months,
        // 560,636 a month: 560,636 + 61,670 = 622,306 → 622,000, principal 560,330 (and the 3,000,000 ahead).
        loans.repay(loan.id(), LocalDate.of(2024, 3, 21), 3_933_000, 0, "ep-1", "tc", NATION);
        List<LoanSchedule.Instalment> after = loans.schedule(loan.id(), NATION);
        assertThat(after.get(0)).isEqualTo(schedule.get(0));
        assertThat(after.get(1)).isEqualTo(new LoanSchedule.Instalment(2, LocalDate.of(2024, 4, 21), 3_560_330, 61_670));
        assertThat(after.stream().mapToLong(LoanSchedule.Instalment::principal).sum()).isEqualTo(10_000_000);
        assertThat(after.subList(0, after.size() - 1)).allSatisfy(i -> assertThat(i.total() % 1_000).isZero());
        assertThat(after).extracting(LoanSchedule.Instalment::dueOn).allSatisfy(d -> assertThat(d.getDayOfMonth())
                .isEqualTo(21));
    }

    @Test
    void rulesOfEqualPrincipalWithFlatInterestAreRefused() {
        Setup s = setup(1_000_000);
        refused(() -> loans.approveRules(s.club().id(), productRules(LocalDate.of(2024, 2, 20), 5_000_000, 12, "0.01",
                LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_PRINCIPAL, null), "bcn", NATION),
                "loans.rules.equalPrincipalDeclining");
    }

    @Autowired
    LoanProducts products;

    @Test
    void aClubLendsUnderSeveralProductsEachWithItsLimitsAndAWithdrawnProductTakesNoNewLoans() {
        Setup s = setup(20_000_000);
        UUID club = s.club().id();
        UUID person = s.borrower().person().id();
        // Before it has products by name, the club's rules are its first product, and a loan needs to name none.
        Loans.Loan livestock = disbursed(s, 6_000_000, 6, LocalDate.of(2024, 3, 1));
        UUID first = products.ofClub(club, LocalDate.of(2024, 3, 1), NATION).get(0).id();
        assertThat(livestock.productId()).isEqualTo(first);

        LoanProducts.Product trade = products.create(club, "Buôn bán", productRules(LocalDate.of(2024, 2, 10), 3_000_000,
                3, "0.01", LoanSchedule.Method.DECLINING, LoanSchedule.Repayment.EQUAL_PRINCIPAL, null), "bcn", NATION);
        assertThat(trade.name()).isEqualTo("Buôn bán");
        assertThat(trade.rules().maxTermMonths()).isEqualTo(3);
        refused(() -> products.create(club, "buôn bán", productRules(LocalDate.of(2024, 2, 10), 1_000_000, 3, "0.01",
                LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, null), "bcn", NATION),
                "loans.product.nameTaken");
        assertThat(products.ofClub(club, LocalDate.of(2024, 3, 1), NATION)).extracting(LoanProducts.Product::name)
                .containsExactly(null, "Buôn bán");
        // The club's rules as they were are still its first product's.
        assertThat(loans.rulesOn(club, LocalDate.of(2024, 3, 1), NATION).orElseThrow().method())
                .isEqualTo(LoanSchedule.Method.FLAT);

        // Two products: an application names one, and is held to its limits.
        assertThatThrownBy(() -> loans.apply(club, person, 1_000_000, Loans.Purpose.TRADE, null, 3,
                LocalDate.of(2024, 3, 1), "t", NATION)).hasFieldOrPropertyWithValue("field", "productId");
        refused(() -> loans.apply(club, new Loans.Application(trade.id(), person, 5_000_000, Loans.Purpose.TRADE, null, 3,
                LocalDate.of(2024, 3, 1)), "t", NATION), "loans.overMax");
        refused(() -> loans.apply(club, new Loans.Application(trade.id(), person, 3_000_000, Loans.Purpose.TRADE, null, 6,
                LocalDate.of(2024, 3, 1)), "t", NATION), "loans.termOverMax");
        Loans.Loan shop = loans.apply(club, new Loans.Application(trade.id(), person, 3_000_000, Loans.Purpose.TRADE,
                "Bán tạp hóa", 3, LocalDate.of(2024, 3, 1)), "t", NATION);
        assertThat(shop.productId()).isEqualTo(trade.id());
        loans.decide(shop.id(), true, LocalDate.of(2024, 3, 2), null, "bcn", NATION);
        loans.disburse(shop.id(), LocalDate.of(2024, 3, 5), "shop", "tc", NATION);
        // Under the trade product's own rules: 1,000,000 a month with 1 % on what is owed.
        assertThat(loans.schedule(shop.id(), NATION)).containsExactly(
                new LoanSchedule.Instalment(1, LocalDate.of(2024, 4, 5), 1_000_000, 30_000),
                new LoanSchedule.Instalment(2, LocalDate.of(2024, 5, 5), 1_000_000, 20_000),
                new LoanSchedule.Instalment(3, LocalDate.of(2024, 6, 5), 1_000_000, 10_000));
        // The livestock loan keeps its flat schedule.
        assertThat(loans.schedule(livestock.id(), NATION).get(0))
                .isEqualTo(new LoanSchedule.Instalment(1, LocalDate.of(2024, 4, 1), 1_000_000, 48_000));

        // The board stops trade loans from 1 April: new ones are refused, the running one goes on.
        Loans.Loan late = loans.apply(club, new Loans.Application(trade.id(), person, 1_000_000, Loans.Purpose.TRADE, null,
                3, LocalDate.of(2024, 3, 20)), "t", NATION);
        LoanProducts.Product withdrawn = products.withdraw(club, trade.id(), LocalDate.of(2024, 4, 1), "bcn", NATION);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        refused(() -> loans.apply(club, new Loans.Application(trade.id(), person, 1_000_000, Loans.Purpose.TRADE, null, 3,
                LocalDate.of(2024, 4, 2)), "t", NATION), "loans.product.withdrawn");
        refused(() -> loans.decide(late.id(), true, LocalDate.of(2024, 4, 2), null, "bcn", NATION),
                "loans.product.withdrawn");
        refused(() -> products.withdraw(club, trade.id(), LocalDate.of(2024, 5, 1), "bcn", NATION),
                "loans.product.alreadyWithdrawn");
        Entry paid = loans.repay(shop.id(), LocalDate.of(2024, 4, 5), 1_030_000, 0, "shop-1", "tc", NATION);
        assertThat(paid.of(Account.LOANS)).isEqualTo(-1_000_000);
        assertThat(loans.schedule(shop.id(), NATION)).hasSize(3);
        // With one product left open, an application need not name it.
        assertThat(loans.apply(club, person, 1_000_000, Loans.Purpose.CROPS, null, 3, LocalDate.of(2024, 4, 2), "t",
                NATION).productId()).isEqualTo(first);
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    @Test
    void aRefusalForTheLoansStatusNamesTheStatusInTheReadersLanguage() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 6_000_000, 6, LocalDate.of(2024, 3, 1));
        InvalidInputException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> loans.recover(loan.id(), LocalDate.of(2024, 4, 2), 100_000, null, "tc", NATION));
        assertThat(refusal.messageKey()).isEqualTo("loans.statusInvalid");
        assertThat(messageSource.getMessage(refusal.messageKey(), refusal.arguments(), java.util.Locale.forLanguageTag("vi")))
                .contains("Đang vay").doesNotContain("DISBURSED");
        assertThat(messageSource.getMessage(refusal.messageKey(), refusal.arguments(), java.util.Locale.ENGLISH))
                .doesNotContain("DISBURSED");
    }

    @Test
    void moneyPaidOnAWrittenOffLoanIsARecoveryNeverMoreThanWasWrittenOffAndCanBeReversed() {
        Setup s = setup(20_000_000);
        Loans.Loan loan = disbursed(s, 6_000_000, 6, LocalDate.of(2024, 3, 1));
        loans.repay(loan.id(), LocalDate.of(2024, 4, 1), 1_048_000, 0, "r1", "tc", NATION);
        refused(() -> loans.recover(loan.id(), LocalDate.of(2024, 4, 2), 100_000, null, "tc", NATION),
                "loans.statusInvalid");
        loans.writeOff(loan.id(), LocalDate.of(2024, 5, 10), "Người vay chuyển đi nơi khác", "bcn", NATION);
        assertThat(loans.get(loan.id(), NATION).writtenOff()).isEqualTo(5_000_000);

        Entry first = loans.recover(loan.id(), LocalDate.of(2024, 6, 1), 2_000_000, "rc-1", "tc", NATION);
        assertThat(first.kind()).isEqualTo(Entry.Kind.RECOVERY);
        assertThat(first.of(Account.CASH)).isEqualTo(2_000_000);
        assertThat(first.of(Account.RECOVERIES)).isEqualTo(-2_000_000);
        assertThat(first.of(Account.LOANS)).isZero();
        // The same request sent again records nothing; the same key for another amount is refused.
        assertThat(loans.recover(loan.id(), LocalDate.of(2024, 6, 1), 2_000_000, "rc-1", "tc", NATION).id())
                .isEqualTo(first.id());
        refused(() -> loans.recover(loan.id(), LocalDate.of(2024, 6, 1), 2_500_000, "rc-1", "tc", NATION),
                "funds.idempotency.reused");
        refused(() -> loans.recover(loan.id(), LocalDate.of(2024, 5, 9), 100_000, null, "tc", NATION),
                "loans.recovery.beforeWriteOff");
        // Money paid on the loan as a repayment is recorded as a recovery too, without a penalty.
        refused(() -> loans.repay(loan.id(), LocalDate.of(2024, 6, 5), 1_000_000, 10_000, null, "tc", NATION),
                "loans.recovery.noPenalty");
        Entry second = loans.repay(loan.id(), LocalDate.of(2024, 6, 5), 1_000_000, 0, "rc-2", "tc", NATION);
        assertThat(second.kind()).isEqualTo(Entry.Kind.RECOVERY);
        // 5,000,000 written off, 3,000,000 recovered: 2,000,001 is one đồng too many.
        assertThatThrownBy(() -> loans.recover(loan.id(), LocalDate.of(2024, 6, 6), 2_000_001, null, "tc", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "loans.recovery.overWrittenOff")
                .hasFieldOrPropertyWithValue("field", "amount")
                .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly(2_000_001L,
                        2_000_000L));
        Loans.Loan now = loans.get(loan.id(), NATION);
        assertThat(now.status()).isEqualTo(Loans.Status.WRITTEN_OFF);
        assertThat(now.recovered()).isEqualTo(3_000_000);
        assertThat(now.recoverable()).isEqualTo(2_000_000);
        assertThat(now.outstanding()).isZero();
        assertThat(now.writtenOff()).isEqualTo(5_000_000);

        Funds.Statement june = funds.statement(s.fund().id(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), NATION);
        assertThat(june.recovered()).isEqualTo(3_000_000);
        assertThat(june.principalRepaid()).isZero();
        assertThat(june.closing() - june.opening()).isEqualTo(3_000_000);
        assertThat(june.balances()).isTrue();

        // The first recovery was recorded by mistake: reversed, it can be recovered again.
        Entry reversal = loans.reverseRepayment(loan.id(), first.id(), LocalDate.of(2024, 6, 10), "Ghi nhầm", "rv-1",
                "tc", NATION);
        assertThat(reversal.of(Account.RECOVERIES)).isEqualTo(2_000_000);
        assertThat(reversal.of(Account.CASH)).isEqualTo(-2_000_000);
        assertThat(loans.get(loan.id(), NATION).recovered()).isEqualTo(1_000_000);
        assertThat(loans.get(loan.id(), NATION).status()).isEqualTo(Loans.Status.WRITTEN_OFF);
        assertThat(funds.statement(s.fund().id(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), NATION)
                .recovered()).isEqualTo(1_000_000);
        loans.recover(loan.id(), LocalDate.of(2024, 6, 11), 4_000_000, null, "tc", NATION);
        assertThat(loans.get(loan.id(), NATION).recoverable()).isZero();
    }
}
