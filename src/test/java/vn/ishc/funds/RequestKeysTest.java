package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;

/**
 * An idempotency key replays exactly the request it was first sent with: the same kind of request, on the
 * same target, with the same body. Anything else sent with it is refused, naming the key, and records
 * nothing: no phantom loan paid out without its entry, no reversal, expense or repayment answered with
 * another entry. Two taps of the same request at once record it once and both get it.
 */
@SpringBootTest
class RequestKeysTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Loans loans;
    @Autowired
    Funds funds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    /** A club with a fund, loan rules and a borrower, as the loans' own tests make it. */
    final LoansTest fixtures = new LoansTest();

    @BeforeEach
    void fixtures() {
        fixtures.loans = loans;
        fixtures.funds = funds;
        fixtures.members = members;
        fixtures.clubs = clubs;
        fixtures.villages = villages;
        fixtures.units = units;
    }

    @Test
    void aKeyUsedByAContributionPaysOutNoLoanAndRecordsNoOtherEntry() {
        LoansTest.Setup s = fixtures.setup(20_000_000);
        Entry given = funds.contribute(s.fund().id(), LocalDate.of(2024, 3, 1), 100_000, Entry.Source.MEMBERS, null,
                "k-1", "t", NATION);
        Loans.Loan approved = loans.apply(s.club().id(), s.borrower().person().id(), 5_000_000, Loans.Purpose.LIVESTOCK,
                null, 6, LocalDate.of(2024, 2, 20), "t", NATION);
        loans.decide(approved.id(), true, LocalDate.of(2024, 2, 25), null, "bcn", NATION);
        long entries = entriesOf(s);

        LoansTest.refused(() -> loans.disburse(approved.id(), LocalDate.of(2024, 3, 2), "k-1", "tc", NATION),
                "funds.idempotency.reused");
        assertThat(loans.get(approved.id(), NATION).status()).isEqualTo(Loans.Status.APPROVED);
        assertThat(loans.schedule(approved.id(), NATION)).isEmpty();

        Loans.Loan other = fixtures.disbursed(s, 1_000_000, 2, LocalDate.of(2024, 3, 1));
        Entry repaid = loans.repay(other.id(), LocalDate.of(2024, 4, 1), 300_000, 0, "k-2", "tc", NATION);
        entries = entriesOf(s);
        LoansTest.refused(() -> funds.spend(s.fund().id(), LocalDate.of(2024, 3, 5), 50_000, "Mua sổ", "k-1", "t", NATION),
                "funds.idempotency.reused");
        LoansTest.refused(() -> funds.reverse(given.id(), LocalDate.of(2024, 3, 5), "Ghi nhầm", "k-2", "t", NATION),
                "funds.idempotency.reused");
        LoansTest.refused(() -> loans.repay(other.id(), LocalDate.of(2024, 4, 1), 300_000, 0, "k-1", "tc", NATION),
                "funds.idempotency.reused");
        LoansTest.refused(() -> loans.reverseRepayment(other.id(), repaid.id(), LocalDate.of(2024, 4, 2), "Nhầm", "k-1",
                "tc", NATION), "funds.idempotency.reused");
        // The same kind on the same target, with another body, is not a retry either.
        LoansTest.refused(() -> funds.contribute(s.fund().id(), LocalDate.of(2024, 3, 1), 200_000, Entry.Source.MEMBERS,
                null, "k-1", "t", NATION), "funds.idempotency.reused");
        LoansTest.refused(() -> loans.repay(other.id(), LocalDate.of(2024, 4, 1), 310_000, 0, "k-2", "tc", NATION),
                "funds.idempotency.reused");
        assertThat(entriesOf(s)).isEqualTo(entries);

        // The same request again is the first one's answer.
        assertThat(funds.contribute(s.fund().id(), LocalDate.of(2024, 3, 1), 100_000, Entry.Source.MEMBERS, null, " k-1 ",
                "t", NATION).id()).isEqualTo(given.id());
        assertThat(loans.repay(other.id(), LocalDate.of(2024, 4, 1), 300_000, 0, "k-2", "tc", NATION).id())
                .isEqualTo(repaid.id());
        assertThat(entriesOf(s)).isEqualTo(entries);
        assertLoanBooksAgreeWithTheLedger();
    }

    @Test
    void twoTapsOfTheSameContributionAtOnceRecordItOnceAndBothAreAnswered() throws Exception {
        LoansTest.Setup s = fixtures.setup(1_000_000);
        long before = entriesOf(s);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Entry>> taps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String key = "tap-" + (i % 3);
            taps.add(() -> funds.contribute(s.fund().id(), LocalDate.of(2024, 3, 1), 10_000, Entry.Source.MEMBERS,
                    "Phí tháng 3", key, "t", NATION));
        }
        Set<UUID> answered = new HashSet<>();
        for (Future<Entry> f : pool.invokeAll(taps)) {
            answered.add(f.get().id());
        }
        pool.shutdown();
        assertThat(answered).hasSize(3);
        assertThat(entriesOf(s)).isEqualTo(before + 3);
        assertThat(funds.fund(s.club().id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(1_030_000);
    }

    /**
     * For every club in the database, the loan book agrees with the ledger: every loan paid out has its one
     * payment entry for its amount, and each fund's LOANS account is what its loans still owe.
     */
    void assertLoanBooksAgreeWithTheLedger() {
        List<Map<String, Object>> unpaid = jdbc.sql("""
                select l.id, l.status, l.amount,
                       (select count(*) from ledger_entry e where e.loan_id = l.id and e.kind = 'DISBURSEMENT') as payments,
                       (select coalesce(sum(x.amount), 0) from ledger_line x join ledger_entry e on e.id = x.entry_id
                         where e.loan_id = l.id and e.kind = 'DISBURSEMENT' and x.account = 'LOANS') as paid
                from loan l where l.disbursed_on is not null or l.status not in ('APPLIED', 'APPROVED', 'REFUSED')""")
                .query().listOfRows().stream()
                .filter(r -> ((Number) r.get("payments")).longValue() != 1
                        || ((Number) r.get("paid")).longValue() != ((Number) r.get("amount")).longValue())
                .toList();
        assertThat(unpaid).as("loans paid out without exactly one payment entry for their amount").isEmpty();
        Map<UUID, Long> book = new HashMap<>();
        for (UUID club : jdbc.sql("select id from club").query(UUID.class).list()) {
            loans.ofClub(club, NATION).forEach(l -> book.merge(l.fundId(), l.outstanding(), Long::sum));
        }
        List<Map<String, Object>> disagree = jdbc.sql("""
                select f.id,
                       (select coalesce(sum(x.amount), 0) from ledger_line x where x.fund_id = f.id and x.account = 'LOANS') as ledger
                from fund f""").query().listOfRows().stream()
                .filter(r -> book.getOrDefault((UUID) r.get("id"), 0L) != ((Number) r.get("ledger")).longValue())
                .toList();
        assertThat(disagree).as("funds whose LOANS account differs from what their loans owe").isEmpty();
    }

    private long entriesOf(LoansTest.Setup s) {
        return jdbc.sql("select count(*) from ledger_entry where club_id = :c").param("c", s.club().id())
                .query(Long.class).single();
    }
}
