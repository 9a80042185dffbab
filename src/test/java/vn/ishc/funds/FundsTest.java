package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** The ledger's rules: balanced, append-only, never short of cash, once per request, closed months kept. */
@SpringBootTest
class FundsTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 15);

    @Autowired
    Funds funds;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    /** The tables' owner, which the migrations run as; the running system connects as a role that owns none. */
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @Autowired
    TransactionTemplate tx;

    Club club() {
        return ClubFixtures.aClub(clubs, villages, units, "06124", FOUNDED);
    }

    @Test
    void aClubHasItsTwoFundsAndMoneyMovesBetweenThemInBalancedEntries() {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);

        funds.contribute(income.id(), LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT, "VIE085", null, "t", NATION);
        funds.contribute(operating.id(), LocalDate.of(2024, 2, 1), 1_500_000, Entry.Source.MEMBERS, "Hội phí", null, "t", NATION);
        funds.spend(operating.id(), LocalDate.of(2024, 2, 10), 300_000, "Thăm hội viên ốm", null, "t", NATION);
        funds.transfer(income.id(), operating.id(), LocalDate.of(2024, 3, 1), 1_000_000, "Bổ sung quỹ hoạt động", null,
                "t", NATION);

        assertThat(funds.of(club.id(), NATION)).extracting(Fund::kind, Fund::cash).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Fund.Kind.INCOME_GENERATION, 19_000_000L),
                org.assertj.core.groups.Tuple.tuple(Fund.Kind.OPERATING, 2_200_000L));
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from ledger_line l join fund f on f.id = l.fund_id "
                + "where f.club_id = :c").param("c", club.id()).query(Long.class).single()).isZero();

        Funds.Statement s = funds.statement(operating.id(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31), NATION);
        assertThat(s.opening()).isZero();
        assertThat(s.receipts()).containsEntry(Entry.Source.MEMBERS, 1_500_000L);
        assertThat(s.expenses()).isEqualTo(300_000);
        assertThat(s.transfersIn()).isEqualTo(1_000_000);
        assertThat(s.closing()).isEqualTo(2_200_000);
        assertThat(s.balances()).isTrue();
        assertThat(s.entries()).hasSize(3);
    }

    @Test
    void aClubOpensAWelfareFundBesideItsTwoMainFundsOnce() {
        Club club = club();
        Fund welfare = funds.open(club.id(), Fund.Kind.WELFARE, "Quỹ tương trợ", LocalDate.of(2024, 3, 1), "t", NATION);
        funds.contribute(welfare.id(), LocalDate.of(2024, 3, 2), 400_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        assertThat(funds.of(club.id(), NATION)).hasSize(3).extracting(Fund::name).contains("Quỹ tương trợ");
        refused(() -> funds.open(club.id(), Fund.Kind.WELFARE, "quỹ tương trợ", null, "t", NATION), "funds.open.nameTaken");
        refused(() -> funds.open(club.id(), Fund.Kind.OPERATING, "Quỹ hai", null, "t", NATION), "funds.open.kind");
    }

    @Test
    void cashNeverGoesBelowZeroOnAnyDayEvenForAnExpenseDatedEarlier() {
        Club club = club();
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        funds.contribute(operating.id(), LocalDate.of(2024, 5, 1), 500_000, Entry.Source.COMMUNITY, null, null, "t", NATION);

        refused(() -> funds.spend(operating.id(), LocalDate.of(2024, 5, 2), 600_000, "Liên hoan", null, "t", NATION),
                "funds.cash.short");
        refused(() -> funds.spend(operating.id(), LocalDate.of(2024, 4, 30), 100_000, "Liên hoan", null, "t", NATION),
                "funds.cash.short");
        refused(() -> funds.spend(operating.id(), LocalDate.of(2024, 5, 2), 0, "Liên hoan", null, "t", NATION),
                "funds.amount.invalid");
        refused(() -> funds.contribute(operating.id(), LocalDate.of(2099, 1, 1), 10, Entry.Source.OTHER, null, null, "t",
                NATION), "funds.date.future");
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, NATION).cash()).isEqualTo(500_000);
    }

    @Test
    void aRequestSentTwiceIsRecordedOnceAndAMistakeIsUndoneByOneReversal() {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        Entry first = funds.contribute(income.id(), LocalDate.of(2024, 6, 1), 3_000_000, Entry.Source.STATE, null,
                "tap-1", "t", NATION);
        Entry again = funds.contribute(income.id(), LocalDate.of(2024, 6, 1), 3_000_000, Entry.Source.STATE, null,
                "tap-1", "t", NATION);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(3_000_000);

        Entry reversal = funds.reverse(first.id(), LocalDate.of(2024, 6, 5), "Ghi nhầm quỹ", "undo-1", "t", NATION);
        assertThat(reversal.reversesId()).isEqualTo(first.id());
        assertThat(funds.reverse(first.id(), LocalDate.of(2024, 6, 5), "Ghi nhầm quỹ", "undo-1", "t", NATION).id())
                .isEqualTo(reversal.id());
        refused(() -> funds.reverse(first.id(), LocalDate.of(2024, 6, 6), "Lần nữa", "undo-2", "t", NATION),
                "funds.reversal.already");
        refused(() -> funds.reverse(reversal.id(), LocalDate.of(2024, 6, 6), "Đảo của đảo", null, "t", NATION),
                "funds.reversal.ofReversal");
        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isZero();
        assertThat(funds.entry(first.id(), NATION).reversedById()).isEqualTo(reversal.id());
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteAnEntryOrToKeepAnUnbalancedOne() {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        Entry e = funds.contribute(income.id(), LocalDate.of(2024, 7, 1), 1_000, Entry.Source.OTHER, null, null, "t", NATION);

        assertThatThrownBy(() -> jdbc.sql("update ledger_line set amount = 2000 where entry_id = :e and line_no = 1")
                .param("e", e.id()).update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = :e").param("e", e.id()).update())
                .hasStackTraceContaining("permission denied");
        JdbcClient asOwner = JdbcClient.create(owner);
        assertThatThrownBy(() -> asOwner.sql("update ledger_line set amount = 2000 where entry_id = :e and line_no = 1")
                .param("e", e.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.sql("delete from ledger_entry where id = :e").param("e", e.id()).update())
                .hasMessageContaining("append-only");
        assertThat(vn.ishc.DatabaseRoles.refusal(owner, "truncate ledger_line, ledger_entry cascade")).contains("append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into ledger_entry (id, club_id, entry_date, kind, source, recorded_by) "
                    + "values (:id, :c, '2024-07-02', 'CONTRIBUTION', 'OTHER', 't')").param("id", id)
                    .param("c", club.id()).update();
            jdbc.sql("insert into ledger_line (entry_id, line_no, fund_id, account, amount) values (:e, 1, :f, 'CASH', 500)")
                    .param("e", id).param("f", income.id()).update();
        })).hasStackTraceContaining("does not balance");
        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).cash()).isEqualTo(1_000);
    }

    @Test
    void aClosedMonthTakesNoMoreEntriesAndTheCashCountIsComparedWithTheBook() {
        Club club = club();
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        funds.contribute(operating.id(), LocalDate.of(2024, 8, 3), 800_000, Entry.Source.MEMBERS, null, null, "t", NATION);
        funds.closeMonth(club.id(), YearMonth.of(2024, 8), "t", NATION);

        refused(() -> funds.spend(operating.id(), LocalDate.of(2024, 8, 20), 100_000, "Nước uống", null, "t", NATION),
                "funds.date.closedMonth");
        Entry inSeptember = funds.spend(operating.id(), LocalDate.of(2024, 9, 2), 100_000, "Nước uống", null, "t", NATION);
        assertThat(inSeptember.date()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(funds.countCash(operating.id(), LocalDate.of(2024, 9, 21), 690_000, "t", NATION)).isEqualTo(-10_000);
        refused(() -> funds.closeMonth(club.id(), java.time.YearMonth.from(vn.ishc.shared.BusinessCalendar.today(clock)), "t", NATION),
                "funds.close.notOver");
    }

    @Test
    void twoPeopleRecordingOnTheSameFundAtOnceAreBothKeptAndTheCashIsRight() throws Exception {
        Club club = club();
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), LocalDate.of(2024, 10, 1), 1_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            work.add(() -> n % 2 == 0
                    ? funds.contribute(income.id(), LocalDate.of(2024, 10, 2), 10_000, Entry.Source.MEMBERS, null,
                            "c" + n, "a", NATION)
                    : funds.spend(income.id(), LocalDate.of(2024, 10, 2), 30_000, "Chi " + n, "s" + n, "b", NATION));
        }
        List<Future<Object>> done = pool.invokeAll(work);
        pool.shutdown();
        for (Future<Object> f : done) {
            f.get();
        }
        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION).cash())
                .isEqualTo(1_000_000 + 20 * 10_000 - 20 * 30_000);
        assertThat(jdbc.sql("select count(*) from ledger_entry where club_id = :c").param("c", club.id())
                .query(Integer.class).single()).isEqualTo(41);
    }

    @Test
    void overRandomSequencesOfPostingsTheBookBalancesAndCashIsNeverNegative() {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            Club club = club();
            Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
            Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
            List<Entry> posted = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Fund f = random.nextBoolean() ? income : operating;
                LocalDate day = LocalDate.of(2024, 2, 1).plusDays(random.nextInt(200));
                long amount = 1 + random.nextInt(2_000_000);
                try {
                    switch (random.nextInt(4)) {
                        case 0 -> posted.add(funds.contribute(f.id(), day, amount, Entry.Source.values()[random.nextInt(7)],
                                null, null, "p", NATION));
                        case 1 -> posted.add(funds.spend(f.id(), day, amount, "Chi", null, "p", NATION));
                        case 2 -> posted.add(funds.transfer(f.id(), f == income ? operating.id() : income.id(), day, amount,
                                null, null, "p", NATION));
                        default -> {
                            if (!posted.isEmpty()) {
                                Entry e = posted.get(random.nextInt(posted.size()));
                                posted.add(funds.reverse(e.id(), e.date().plusDays(random.nextInt(30)), "Sửa", null, "p",
                                        NATION));
                            }
                        }
                    }
                } catch (InvalidInputException refused) {
                    assertThat(refused.messageKey()).isIn("funds.cash.short", "funds.reversal.already",
                            "funds.reversal.ofReversal", "funds.date.future");
                }
            }
            for (Fund f : List.of(income, operating)) {
                Long lowest = jdbc.sql("select min(running) from (select sum(l.amount) over (order by e.entry_date, e.seq) "
                        + "as running from ledger_line l join ledger_entry e on e.id = l.entry_id "
                        + "where l.fund_id = :f and l.account = 'CASH') x").param("f", f.id()).query(Long.class).single();
                assertThat(lowest == null ? 0 : lowest).as("seed %d", seed).isGreaterThanOrEqualTo(0);
                Funds.Statement s = funds.statement(f.id(), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 12, 31), NATION);
                assertThat(s.balances()).as("seed %d statement", seed).isTrue();
            }
            assertThat(jdbc.sql("select count(*) from (select entry_id from ledger_line group by entry_id "
                    + "having sum(amount) <> 0) x").query(Integer.class).single()).isZero();
        }
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
