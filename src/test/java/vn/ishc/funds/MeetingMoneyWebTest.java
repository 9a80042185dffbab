package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.UserAccounts;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The money of a meeting as the finance member sends it from the page and the API: fees and repayments in one
 * submission, all or nothing, once however often it is sent, with the totals and the cash to count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingMoneyWebTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    MemberFees fees;
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
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BankAccounts bankAccounts;

    /** A club a year old with a treasurer who signs in, three borrowers with a loan each and a fee from this month. */
    record Meeting(Club club, LocalDate today, org.springframework.test.web.servlet.request.RequestPostProcessor as,
                   List<MemberRow> borrowers, List<Loans.Loan> loans) {
    }

    Meeting meeting() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", founded);
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        String boardUser = FundFixtures.financeMember(accounts, boards, members, club, commune, "Thủ quỹ Lan");
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), founded.plusDays(1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, founded.plusDays(2), 5_000_000, 12,
                new BigDecimal("0.01"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", NATION);
        List<MemberRow> borrowers = new ArrayList<>();
        List<Loans.Loan> out = new ArrayList<>();
        String[] names = {"Bế Thị Ánh", "Đinh Văn Bảo", "Hoàng Thị Cúc"};
        for (int i = 0; i < names.length; i++) {
            MemberRow m = members.enrol(null, new PersonDetails(names[i], "F", "1956", "Tày", "OTHER", null, null, null,
                    false, false, null, null, null), club.id(), founded, "t", NATION);
            borrowers.add(m);
            LocalDate paidOut = today.withDayOfMonth(1).minusMonths(2);
            Loans.Loan applied = loans.apply(club.id(), m.person().id(), (i + 1) * 1_200_000L, Loans.Purpose.LIVESTOCK,
                    null, 12, paidOut.minusDays(5), "t", NATION);
            loans.decide(applied.id(), true, paidOut.minusDays(2), null, "bcn", NATION);
            out.add(loans.disburse(applied.id(), paidOut, null, "tq", NATION));
        }
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);
        return new Meeting(club, today, user(boardUser).roles("CLUB_BOARD"), borrowers, out);
    }

    long entries(Club club) {
        return jdbc.sql("select count(*) from ledger_entry where club_id = :c").param("c", club.id()).query(Long.class).single();
    }

    @Test
    void theFinanceMemberCollectsFeesAndThreeRepaymentsInOneGoIsToldTheTotalsAndCountsTheCash() {
        Meeting m = meeting();
        UUID clubId = m.club().id();
        List<Loans.Due> due = loans.book(clubId, m.today(), NATION).toCollect();
        assertThat(due).hasSize(3);
        long dueTotal = due.stream().mapToLong(Loans.Due::amount).sum();
        // Each owes two instalments of 1 % flat interest by now: 2 × (100.000 + 12.000) for the 1.200.000 đ loan.
        assertThat(due).extracting(Loans.Due::amount).containsExactlyInAnyOrder(224_000L, 448_000L, 672_000L);

        MvcTestResult page = mvc.get().uri("/clubs/" + clubId + "/meeting-money").with(m.as()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Bế Thị Ánh").contains("Đinh Văn Bảo").contains("Hoàng Thị Cúc")
                .contains("Thủ quỹ Lan").contains("224.000").contains("Lưu tiền thu cả buổi");
        String submission = UUID.randomUUID().toString();

        // One line typed wrong ("1,5"): the whole submission is refused naming the line, and nothing is kept.
        long before = entries(m.club());
        assertThat(mvc.post().uri("/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                .params(form(m, submission, "10.000", "1,5")))
                .hasStatus(422).bodyText().contains("Dòng 5:").contains("1,5").contains("Chưa lưu dòng nào");
        assertThat(entries(m.club())).isEqualTo(before);

        // Corrected and sent: four fees and three repayments.
        assertThat(mvc.post().uri("/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                .params(form(m, submission, "10.000", "224.000")))
                .hasStatus3xxRedirection().hasRedirectedUrl("/clubs/" + clubId + "/meeting-money?date=" + m.today()
                        + "&done=" + submission);
        assertThat(entries(m.club())).isEqualTo(before + 7);
        // Sent again (the answer was lost on the way): nothing more is recorded.
        assertThat(mvc.post().uri("/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                .params(form(m, submission, "10.000", "224.000"))).hasStatus3xxRedirection();
        assertThat(entries(m.club())).isEqualTo(before + 7);

        Fund operating = funds.fund(clubId, Fund.Kind.OPERATING, NATION);
        Fund income = funds.fund(clubId, Fund.Kind.INCOME_GENERATION, NATION);
        assertThat(operating.cash()).isEqualTo(40_000);
        MvcTestResult done = mvc.get().uri("/clubs/" + clubId + "/meeting-money?date=" + m.today() + "&done=" + submission)
                .with(m.as()).exchange();
        assertThat(done).hasStatusOk().bodyText().contains("Đã lưu 7 khoản thu")
                .contains("40.000 đ").contains(money(dueTotal) + " đ").contains(money(dueTotal + 40_000) + " đ")
                .contains("hộp tiền của quỹ phải có " + money(income.cash()) + " đ")
                .contains("hộp tiền của quỹ phải có 40.000 đ");
        assertThat(fees.month(clubId, YearMonth.from(m.today()), NATION).paidCount()).isEqualTo(4);
        assertThat(loans.book(clubId, m.today(), NATION).toCollect()).isEmpty();
        // The member's passbook names the month the fee paid for.
        YearMonth month = YearMonth.from(m.today());
        assertThat(mvc.get().uri("/clubs/" + clubId + "/members/" + m.borrowers().get(0).person().id() + "/passbook")
                .with(m.as())).hasStatusOk().bodyText()
                .contains("Hội phí tháng " + month.getMonthValue() + "/" + month.getYear()).contains("10.000");

        // The cash counted from that page, sent twice with its key: counted once, and back to the page.
        String count = "/clubs/" + clubId + "/funds/" + operating.id() + "/cash-counts";
        String back = "/clubs/" + clubId + "/meeting-money?date=" + m.today() + "&done=" + submission;
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri(count).with(csrf()).with(m.as()).param("counted", "40.000")
                    .param("date", m.today().toString()).param("key", "count-" + submission).param("back", back))
                    .hasStatus3xxRedirection().hasRedirectedUrl(back);
        }
        assertThat(funds.cashCounts(operating.id(), NATION)).singleElement()
                .satisfies(c -> assertThat(c.difference()).isZero());
        // A page elsewhere is not followed.
        assertThat(mvc.post().uri(count).with(csrf()).with(m.as()).param("counted", "40.000")
                .param("date", m.today().toString()).param("back", "https://example.org/"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/clubs/" + clubId + "/funds?fund=" + operating.id());
    }

    @Test
    void theApiTakesTheMeetingAsLinesEachWithItsKeyAndRefusesABadLineByItsPlace() {
        Meeting m = meeting();
        UUID clubId = m.club().id();
        UUID a = m.borrowers().get(0).person().id();
        String lines = "{\"date\":\"" + m.today() + "\",\"lines\":["
                + "{\"kind\":\"FEE\",\"personId\":\"" + a + "\",\"amount\":10000,\"key\":\"s1:fee:a\"},"
                + "{\"kind\":\"REPAYMENT\",\"loanId\":\"" + m.loans().get(0).id() + "\",\"amount\":112000,\"key\":\"s1:loan:0\"},"
                + "{\"kind\":\"REPAYMENT\",\"loanId\":\"" + m.loans().get(1).id() + "\",\"amount\":9999999,\"key\":\"s1:loan:1\"}]}";
        long before = entries(m.club());
        assertThat(mvc.post().uri("/api/v1/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                .contentType("application/json").content(lines))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("lines[2].amount");
        assertThat(entries(m.club())).isEqualTo(before);

        String good = lines.replace("9999999", "224000");
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri("/api/v1/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                    .contentType("application/json").content(good))
                    .hasStatus(201).bodyJson().extractingPath("$.repayments").isEqualTo(336_000);
        }
        assertThat(entries(m.club())).isEqualTo(before + 3);

        // A line without its key is refused: a retry could not tell it from a new payment.
        assertThat(mvc.post().uri("/api/v1/clubs/" + clubId + "/meeting-money").with(csrf()).with(m.as())
                .contentType("application/json").content("{\"lines\":[{\"kind\":\"FEE\",\"personId\":\""
                        + m.borrowers().get(1).person().id() + "\",\"amount\":10000}]}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("lines[0].key");

        // The month's fees as the API gives them, and a cash count retried with its key recorded once.
        assertThat(mvc.get().uri("/api/v1/clubs/" + clubId + "/fees?month=" + YearMonth.from(m.today())).with(m.as()))
                .hasStatusOk().bodyJson().extractingPath("$.members[?(@.paid == true)].name").asArray()
                .containsExactly("Bế Thị Ánh");
        Fund operating = funds.fund(clubId, Fund.Kind.OPERATING, NATION);
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/cash-counts").with(csrf()).with(m.as())
                    .header("Idempotency-Key", "count-1").contentType("application/json")
                    .content("{\"date\":\"" + m.today() + "\",\"counted\":10000}")).hasStatus(201);
        }
        assertThat(funds.cashCounts(operating.id(), NATION)).hasSize(1);
        assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/cash-counts").with(csrf()).with(m.as())
                .header("Idempotency-Key", "count-1").contentType("application/json")
                .content("{\"date\":\"" + m.today() + "\",\"counted\":9000}"))
                .hasStatus(422).bodyText().contains("count-1");
        assertThat(funds.cashCounts(operating.id(), NATION)).hasSize(1);

        // Money put in the bank is not in the box: the box is counted against what the book says it holds.
        BankAccount bank = bankAccounts.open(clubId, new BankAccounts.Opening(BankAccount.Kind.SAVINGS, "Sổ tiết kiệm",
                "NHCSXH", "1234567890", m.today()), "tq", NATION);
        bankAccounts.move(new BankAccounts.Movement(Entry.Kind.DEPOSIT, operating.id(), bank.id(), null, m.today(), 6_000,
                null), "dep-1", "tq", NATION);
        assertThat(funds.count(operating.id(), m.today(), 4_000, "count-2", "tq", NATION).difference()).isZero();
    }

    /** The page's form: the fees of every member and the three loans' repayments, the first loan's amount as typed. */
    org.springframework.util.MultiValueMap<String, String> form(Meeting m, String submission, String fee, String firstLoan) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("submission", submission);
        params.add("date", m.today().toString());
        int n = 0;
        List<UUID> people = new ArrayList<>(m.borrowers().stream().map(b -> b.person().id()).toList());
        people.add(0, members.membersOf(m.club().id(), m.today(), NATION).stream()
                .filter(r -> r.person().fullName().equals("Thủ quỹ Lan")).findFirst().orElseThrow().person().id());
        for (UUID p : people) {
            params.add("lines[" + n + "].kind", "FEE");
            params.add("lines[" + n + "].personId", p.toString());
            params.add("lines[" + n + "].amount", fee);
            n++;
        }
        long[] amounts = {-1, 448_000, 672_000};
        for (int i = 0; i < 3; i++) {
            params.add("lines[" + n + "].kind", "REPAYMENT");
            params.add("lines[" + n + "].loanId", m.loans().get(i).id().toString());
            params.add("lines[" + n + "].amount", i == 0 ? firstLoan : money(amounts[i]));
            n++;
        }
        return params;
    }

    static String money(long amount) {
        return vn.ishc.shared.Dong.format(amount);
    }
}
