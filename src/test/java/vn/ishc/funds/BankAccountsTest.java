package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.funds.FundsTest.refused;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;

/** Money kept in the cash box and in the club's bank accounts, moved between them, and bank statements reconciled. */
@SpringBootTest
class BankAccountsTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 15);

    @Autowired
    Funds funds;
    @Autowired
    BankAccounts banks;
    @Autowired
    BankReconciliations reconciliations;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @FlywayDataSource
    DataSource owner;

    Club club() {
        return ClubFixtures.aClub(clubs, villages, units, "06124", FOUNDED);
    }

    BankAccount agribank(Club club) {
        return banks.open(club.id(), new BankAccounts.Opening(BankAccount.Kind.BANK, "Tài khoản CLB", "Agribank",
                "3100 205 123 456", LocalDate.of(2024, 2, 1)), "t", NATION);
    }

    BankAccount savings(Club club) {
        return banks.open(club.id(), new BankAccounts.Opening(BankAccount.Kind.SAVINGS, "Sổ tiết kiệm bà Lan",
                "Ngân hàng Chính sách xã hội", "NHCS-778812", LocalDate.of(2024, 2, 1)), "t", NATION);
    }

    Entry move(Entry.Kind kind, Fund fund, BankAccount bank, BankAccount to, LocalDate on, long amount, String key) {
        return banks.move(new BankAccounts.Movement(kind, fund.id(), bank.id(), to == null ? null : to.id(), on, amount,
                null), key, "t", NATION);
    }

    @Test
    void moneyMovesBetweenTheCashBoxAndTheBanksAndTheFundKeepsAllItsMoneyWithInterestLessFees() {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        BankAccount agribank = agribank(club);
        BankAccount savings = savings(club);
        funds.contribute(income.id(), LocalDate.of(2024, 2, 5), 10_000_000, Entry.Source.PROJECT, null, null, "t", NATION);

        move(Entry.Kind.DEPOSIT, income, agribank, null, LocalDate.of(2024, 3, 1), 6_000_000, null);
        move(Entry.Kind.BANK_TRANSFER, income, agribank, savings, LocalDate.of(2024, 3, 2), 2_000_000, null);
        move(Entry.Kind.WITHDRAWAL, income, agribank, null, LocalDate.of(2024, 3, 10), 1_000_000, null);
        move(Entry.Kind.BANK_INTEREST, income, savings, null, LocalDate.of(2024, 3, 31), 15_000, null);
        move(Entry.Kind.BANK_FEE, income, agribank, null, LocalDate.of(2024, 3, 31), 11_000, null);

        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(10_004_000);
        assertThat(banks.holdings(club.id(), LocalDate.of(2024, 3, 31), NATION))
                .extracting(h -> h.account().bank(), BankAccounts.Holding::balance)
                .containsExactly(Tuple.tuple("Agribank", 2_989_000L), Tuple.tuple("Ngân hàng Chính sách xã hội", 2_015_000L));

        Funds.Statement march = funds.statement(income.id(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), NATION);
        assertThat(march.opening()).isEqualTo(10_000_000);
        assertThat(march.closing()).isEqualTo(10_004_000);
        assertThat(march.bankInterest()).isEqualTo(15_000);
        assertThat(march.bankFees()).isEqualTo(11_000);
        assertThat(march.expenses()).isZero();
        assertThat(march.transfersOut()).isZero();
        assertThat(march.balances()).isTrue();
        assertThat(march.places()).extracting(p -> p.account() == null ? "cash box" : p.account().bank(),
                Funds.PlaceBalance::opening, Funds.PlaceBalance::closing).containsExactly(
                Tuple.tuple("cash box", 10_000_000L, 5_000_000L),
                Tuple.tuple("Agribank", 0L, 2_989_000L),
                Tuple.tuple("Ngân hàng Chính sách xã hội", 0L, 2_015_000L));
        assertThat(march.entries()).hasSize(5);
    }

    @Test
    void theCashBoxAndEachBankAccountNeverGoBelowZeroApart() {
        Club club = club();
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        BankAccount agribank = agribank(club);
        funds.contribute(operating.id(), LocalDate.of(2024, 2, 5), 1_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        funds.contribute(income.id(), LocalDate.of(2024, 2, 5), 5_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 3, 1), 800_000, null);
        move(Entry.Kind.DEPOSIT, income, agribank, null, LocalDate.of(2024, 3, 1), 5_000_000, null);

        // The fund has 1.000.000 in all but only 200.000 in the cash box: an expense of 300.000 is refused.
        refused(() -> funds.spend(operating.id(), LocalDate.of(2024, 3, 5), 300_000, "Loa", null, "t", NATION),
                "funds.cash.short");
        // The bank holds 5.800.000, of which 800.000 is the operating fund's.
        refused(() -> move(Entry.Kind.WITHDRAWAL, operating, agribank, null, LocalDate.of(2024, 3, 5), 900_000, null),
                "funds.bank.short");
        refused(() -> move(Entry.Kind.BANK_FEE, operating, agribank, null, LocalDate.of(2024, 2, 29), 1_000, null),
                "funds.bank.short");
        refused(() -> move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 1, 31), 1_000, null),
                "funds.bank.beforeOpened");
        refused(() -> move(Entry.Kind.EXPENSE, operating, agribank, null, LocalDate.of(2024, 3, 5), 1_000, null),
                "funds.bank.kind");
        refused(() -> move(Entry.Kind.BANK_TRANSFER, operating, agribank, agribank, LocalDate.of(2024, 3, 5), 1_000, null),
                "funds.bank.sameAccount");
        move(Entry.Kind.WITHDRAWAL, operating, agribank, null, LocalDate.of(2024, 3, 5), 100_000, null);
        funds.spend(operating.id(), LocalDate.of(2024, 3, 5), 300_000, "Loa", null, "t", NATION);

        assertThat(funds.placeBalances(operating, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5)))
                .extracting(Funds.PlaceBalance::closing).containsExactly(0L, 700_000L);
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, NATION).cash()).isEqualTo(700_000);
    }

    @Test
    void aMoveSentTwiceIsRecordedOnceIsRefusedInAClosedMonthAndIsUndoneByAReversal() {
        Club club = club();
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        BankAccount agribank = agribank(club);
        funds.contribute(operating.id(), LocalDate.of(2024, 2, 5), 1_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);

        Entry first = move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 3, 1), 400_000, "dep-1");
        Entry again = move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 3, 1), 400_000, "dep-1");
        assertThat(again.id()).isEqualTo(first.id());
        refused(() -> move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 3, 1), 500_000, "dep-1"),
                "funds.idempotency.reused");
        assertThat(banks.balanceOn(agribank.id(), LocalDate.of(2024, 3, 31))).isEqualTo(400_000);

        funds.closeMonth(club.id(), YearMonth.of(2024, 3), "t", NATION);
        refused(() -> move(Entry.Kind.WITHDRAWAL, operating, agribank, null, LocalDate.of(2024, 3, 20), 100_000, null),
                "funds.date.closedMonth");

        Entry reversal = funds.reverse(first.id(), LocalDate.of(2024, 4, 2), "Gửi nhầm", null, "t", NATION);
        assertThat(reversal.lines()).extracting(Entry.Line::placeId, Entry.Line::amount)
                .containsExactlyInAnyOrder(Tuple.tuple(null, 400_000L), Tuple.tuple(agribank.id(), -400_000L));
        assertThat(banks.balanceOn(agribank.id(), LocalDate.of(2024, 4, 2))).isZero();
        assertThat(funds.placeBalances(operating, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 2)))
                .extracting(Funds.PlaceBalance::opening, Funds.PlaceBalance::closing)
                .containsExactly(Tuple.tuple(600_000L, 1_000_000L), Tuple.tuple(400_000L, 0L));
    }

    @Test
    void aBankStatementIsComparedWithTheBookShowingWhatIsNotYetOnItAndIsKeptAsEntered() {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        BankAccount agribank = agribank(club);
        funds.contribute(income.id(), LocalDate.of(2024, 2, 5), 5_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        funds.contribute(operating.id(), LocalDate.of(2024, 2, 5), 1_000_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        Entry d1 = move(Entry.Kind.DEPOSIT, income, agribank, null, LocalDate.of(2024, 3, 1), 3_000_000, null);
        Entry d2 = move(Entry.Kind.DEPOSIT, operating, agribank, null, LocalDate.of(2024, 3, 28), 500_000, null);

        // The bank shows the first deposit and a fee of 5.500 not yet in the book; the second deposit is not on it.
        BankReconciliations.Reconciliation r = reconciliations.reconcile(agribank.id(), new BankReconciliations.Statement(
                LocalDate.of(2024, 3, 31), 2_994_500L, List.of(
                        new BankReconciliations.StatementLine(LocalDate.of(2024, 3, 2), 3_000_000L, "Nộp tiền mặt"),
                        new BankReconciliations.StatementLine(LocalDate.of(2024, 3, 31), -5_500L, "Phí SMS")),
                "Sao kê tháng 3"), "thu-quy", NATION);
        assertThat(r.bookBalance()).isEqualTo(3_500_000);
        assertThat(r.difference()).isEqualTo(-505_500);
        assertThat(r.notOnStatement()).extracting(BankAccounts.Booked::entryId, BankAccounts.Booked::amount)
                .containsExactly(Tuple.tuple(d2.id(), 500_000L));
        assertThat(r.notInBook()).extracting(BankReconciliations.StatementLine::amount).containsExactly(-5_500L);
        assertThat(r.recordedBy()).isEqualTo("thu-quy");

        // The fee recorded, the next statement shows the second deposit and the fee: nothing is left over.
        Entry fee = move(Entry.Kind.BANK_FEE, income, agribank, null, LocalDate.of(2024, 4, 1), 5_500, null);
        assertThat(reconciliations.pending(agribank.id(), LocalDate.of(2024, 4, 30)))
                .extracting(BankAccounts.Booked::entryId).containsExactly(d2.id(), fee.id());
        BankReconciliations.Reconciliation april = reconciliations.reconcile(agribank.id(),
                new BankReconciliations.Statement(LocalDate.of(2024, 4, 30), 3_494_500L, List.of(
                        new BankReconciliations.StatementLine(LocalDate.of(2024, 4, 2), 500_000L, null)), null),
                "thu-quy", NATION);
        assertThat(april.difference()).isZero();
        assertThat(april.notOnStatement()).extracting(BankAccounts.Booked::entryId).containsExactly(fee.id());
        assertThat(april.notInBook()).isEmpty();
        assertThat(d1.id()).isNotIn(april.notOnStatement().stream().map(BankAccounts.Booked::entryId).toList());

        // A statement entered without its lines vouches for everything up to its day.
        BankReconciliations.Reconciliation may = reconciliations.reconcile(agribank.id(),
                new BankReconciliations.Statement(LocalDate.of(2024, 5, 31), 3_494_500L, null, null), "thu-quy", NATION);
        assertThat(may.difference()).isZero();
        assertThat(reconciliations.pending(agribank.id(), LocalDate.of(2024, 5, 31))).isEmpty();
        assertThat(reconciliations.history(agribank.id(), NATION)).extracting(
                BankReconciliations.Reconciliation::statementDate, BankReconciliations.Reconciliation::difference)
                .containsExactly(Tuple.tuple(LocalDate.of(2024, 5, 31), 0L), Tuple.tuple(LocalDate.of(2024, 4, 30), 0L),
                        Tuple.tuple(LocalDate.of(2024, 3, 31), -505_500L));

        refused(() -> reconciliations.reconcile(agribank.id(), new BankReconciliations.Statement(LocalDate.of(2024, 5, 31),
                        1L, List.of(new BankReconciliations.StatementLine(LocalDate.of(2024, 6, 1), 1L, null)), null),
                "t", NATION), "funds.bank.lineAfterStatement");
        assertThatThrownBy(() -> jdbc.sql("update bank_reconciliation set statement_balance = 0 where id = :r")
                .param("r", r.id()).update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> JdbcClient.create(owner).sql("delete from bank_statement_line where reconciliation_id = :r")
                .param("r", r.id()).update()).hasMessageContaining("append-only");
    }

    @Test
    void aPartnerSeesTheBankAndTheLastFourDigitsOnlyAndNoOneTypesANumberTwice() {
        Club club = club();
        BankAccount agribank = agribank(club);
        assertThat(agribank.accountNumber()).isEqualTo("3100205123456");
        BankAccount seen = agribank.withoutPeople();
        assertThat(seen.accountNumber()).isNull();
        assertThat(seen.name()).isNull();
        assertThat(seen.lastDigits()).isEqualTo("3456");
        assertThat(seen.bank()).isEqualTo("Agribank");
        refused(() -> banks.open(club.id(), new BankAccounts.Opening(BankAccount.Kind.BANK, "Trùng", "Agribank",
                "3100-205-123-456", LocalDate.of(2024, 2, 1)), "t", NATION), "funds.bank.numberTaken");
        refused(() -> banks.open(club.id(), new BankAccounts.Opening(BankAccount.Kind.BANK, "Sai", "Agribank",
                "12", LocalDate.of(2024, 2, 1)), "t", NATION), "funds.bank.number");
    }
}
