package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** Each member's monthly fee: who paid which month, who owes, whole months only, once per request, books kept closed. */
@SpringBootTest
class MemberFeesTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);

    @Autowired
    MemberFees fees;
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
    @Autowired
    JdbcClient jdbc;

    MemberRow enrol(Club club, String name, LocalDate on) {
        return members.enrol(null, new PersonDetails(name, "Nữ", "1955", "Kinh", "OTHER", null, null, null, false, false,
                null, null, null), club.id(), on, "t", NATION);
    }

    long entries(Club club) {
        return jdbc.sql("select count(*) from ledger_entry where club_id = :c").param("c", club.id()).query(Long.class).single();
    }

    @Test
    void aFeePaysTheOldestMonthsUnpaidWholeMonthsOnlyAndTheMonthShowsWhoPaidAndWhoOwes() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED);
        MemberRow an = enrol(club, "Lò Thị An", FOUNDED);
        MemberRow binh = enrol(club, "Vi Văn Bình", LocalDate.of(2024, 3, 5));
        fees.setRate(club.id(), YearMonth.of(2024, 2), 10_000, null, "bcn", NATION);
        UUID a = an.person().id();
        UUID b = binh.person().id();

        MemberFees.Payment two = fees.pay(club.id(), a, LocalDate.of(2024, 3, 10), 20_000, "fee-a-1", "tq", NATION);
        assertThat(two.period()).isEqualTo(new MemberFees.Period(YearMonth.of(2024, 2), 2));
        assertThat(two.amount()).isEqualTo(20_000);
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, NATION).cash()).isEqualTo(20_000);
        assertThat(funds.entry(two.entryId(), NATION).personId()).isEqualTo(a);

        MemberFees.Sheet march = fees.month(club.id(), YearMonth.of(2024, 3), NATION);
        assertThat(march.members()).extracting(MemberFees.Standing::name, MemberFees.Standing::due, MemberFees.Standing::paid,
                        MemberFees.Standing::monthsOwed, MemberFees.Standing::owed)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Lò Thị An", 10_000L, true, 0, 0L),
                        // Bình joined in March: February was before her time.
                        org.assertj.core.groups.Tuple.tuple("Vi Văn Bình", 10_000L, false, 1, 10_000L));
        assertThat(march.paidTotal()).isEqualTo(10_000);
        assertThat(march.owedTotal()).isEqualTo(10_000);

        // 15.000 đ is not whole months: refused, saying what one, two and three months come to, and nothing is kept.
        long before = entries(club);
        assertThatThrownBy(() -> fees.pay(club.id(), b, LocalDate.of(2024, 3, 12), 15_000, "fee-b-1", "tq", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "funds.fees.wholeMonths")
                .hasFieldOrPropertyWithValue("field", "amount")
                .satisfies(e -> assertThat(((InvalidInputException) e).arguments())
                        .containsExactly("15.000", "3/2024", "10.000; 20.000; 30.000"));
        assertThat(entries(club)).isEqualTo(before);

        // Excused April to June: a payment of two months' fees covers March and July, passing over them.
        fees.exempt(club.id(), b, YearMonth.of(2024, 4), YearMonth.of(2024, 6), "Ốm nặng", "bcn", NATION);
        MemberFees.Payment overExemption = fees.pay(club.id(), b, LocalDate.of(2024, 4, 2), 20_000, "fee-b-2", "tq", NATION);
        assertThat(overExemption.period()).isEqualTo(new MemberFees.Period(YearMonth.of(2024, 3), 5));
        MemberFees.Standing mayOfBinh = fees.month(club.id(), YearMonth.of(2024, 5), NATION).members().stream()
                .filter(s -> s.personId().equals(b)).findFirst().orElseThrow();
        assertThat(mayOfBinh.exempt()).isTrue();
        assertThat(mayOfBinh.due()).isZero();
        assertThat(mayOfBinh.owed()).isZero();

        // The fee rises to 15.000 đ from August: April to July at 10.000 and August at 15.000.
        fees.setRate(club.id(), YearMonth.of(2024, 8), 15_000, Fund.Kind.OPERATING, "bcn", NATION);
        MemberFees.Standing augustOfAn = fees.month(club.id(), YearMonth.of(2024, 8), NATION).members().stream()
                .filter(s -> s.personId().equals(a)).findFirst().orElseThrow();
        assertThat(augustOfAn.owed()).isEqualTo(55_000);
        assertThat(augustOfAn.monthsOwed()).isEqualTo(5);
        MemberFees.Payment five = fees.pay(club.id(), a, LocalDate.of(2024, 8, 5), 55_000, "fee-a-2", "tq", NATION);
        assertThat(five.period()).isEqualTo(new MemberFees.Period(YearMonth.of(2024, 4), 5));

        // The passbook knows the months of each payment.
        assertThat(fees.periodsOf(club.id(), a, NATION)).containsEntry(two.entryId(), two.period())
                .containsEntry(five.entryId(), five.period());
    }

    @Test
    void aFeeSentTwiceIsRecordedOnceAnotherRequestWithItsKeyIsRefusedAndAReversalMakesItsMonthsUnpaid() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED);
        UUID a = enrol(club, "Hà Thị Hoa", FOUNDED).person().id();
        fees.setRate(club.id(), YearMonth.of(2024, 1), 5_000, null, "bcn", NATION);

        MemberFees.Payment first = fees.pay(club.id(), a, LocalDate.of(2024, 2, 20), 10_000, "tap-1", "tq", NATION);
        long after = entries(club);
        MemberFees.Payment again = fees.pay(club.id(), a, LocalDate.of(2024, 2, 20), 10_000, "tap-1", "tq", NATION);
        assertThat(again).isEqualTo(first);
        assertThat(entries(club)).isEqualTo(after);
        assertThatThrownBy(() -> fees.pay(club.id(), a, LocalDate.of(2024, 2, 20), 5_000, "tap-1", "tq", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "funds.idempotency.reused");
        assertThat(entries(club)).isEqualTo(after);

        funds.reverse(first.entryId(), LocalDate.of(2024, 2, 21), "Ghi nhầm người", null, "tq", NATION);
        MemberFees.Standing feb = fees.month(club.id(), YearMonth.of(2024, 2), NATION).members().get(0);
        assertThat(feb.paid()).isFalse();
        assertThat(feb.owed()).isEqualTo(10_000);
        assertThat(fees.pay(club.id(), a, LocalDate.of(2024, 2, 22), 5_000, "tap-2", "tq", NATION).period())
                .isEqualTo(new MemberFees.Period(YearMonth.of(2024, 1), 1));
    }

    @Test
    void twoFeesOfOneMemberSentAtOnceWithTheirOwnKeysPayTwoDifferentMonths() throws Exception {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED);
        UUID a = enrol(club, "Đàm Thị Mai", FOUNDED).person().id();
        fees.setRate(club.id(), YearMonth.of(2024, 1), 10_000, null, "bcn", NATION);
        funds.fund(club.id(), Fund.Kind.OPERATING, NATION);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<MemberFees.Payment>> sent = new java.util.ArrayList<>();
            for (String key : List.of("phone-1", "phone-2")) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return fees.pay(club.id(), a, LocalDate.of(2024, 3, 1), 10_000, key, "tq", NATION);
                }));
            }
            start.countDown();
            assertThat(List.of(sent.get(0).get().period(), sent.get(1).get().period())).containsExactlyInAnyOrder(
                    new MemberFees.Period(YearMonth.of(2024, 1), 1), new MemberFees.Period(YearMonth.of(2024, 2), 1));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFeeDatedInAClosedMonthOrForSomeoneNotAMemberIsRefused() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED);
        UUID a = enrol(club, "Lương Văn Cường", FOUNDED).person().id();
        UUID stranger = enrol(ClubFixtures.aClub(clubs, villages, units, "06133", FOUNDED), "Người ngoài", FOUNDED)
                .person().id();
        fees.setRate(club.id(), YearMonth.of(2024, 1), 10_000, null, "bcn", NATION);
        funds.closeMonth(club.id(), YearMonth.of(2024, 5), "tq", NATION);

        assertThatThrownBy(() -> fees.pay(club.id(), a, LocalDate.of(2024, 5, 20), 10_000, "k1", "tq", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "funds.date.closedMonth");
        assertThatThrownBy(() -> fees.pay(club.id(), stranger, LocalDate.of(2024, 6, 2), 10_000, "k2", "tq", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "funds.person.notMember")
                .hasFieldOrPropertyWithValue("field", "personId");
        assertThatThrownBy(() -> fees.setRate(club.id(), YearMonth.of(2024, 4), 20_000, null, "bcn", NATION))
                .hasFieldOrPropertyWithValue("messageKey", "funds.fees.rateInClosedMonth");
        assertThat(fees.pay(club.id(), a, LocalDate.of(2024, 6, 2), 60_000, "k3", "tq", NATION).period())
                .isEqualTo(new MemberFees.Period(YearMonth.of(2024, 1), 6));
    }
}
