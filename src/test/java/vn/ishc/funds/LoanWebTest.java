package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** The board records its rules and a loan's steps on the pages; the loan page offers what is due. */
@SpringBootTest
@AutoConfigureMockMvc
class LoanWebTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvcTester mvc;
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
    @Autowired
    UserAccounts accounts;
    @Autowired
    vn.ishc.clubs.Boards boards;

    @Autowired
    OutsideLoans outsideLoans;

    @Test
    void rulesApplicationApprovalDisbursementAndARepaymentOnThePages() {
        LocalDate founded = LocalDate.of(2025, 8, 1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06154", founded);
        MemberRow borrower = members.enrol(null, new PersonDetails("Hoàng Văn Tài", "M", "1962", "07", "POOR", 2025, null,
                null, false, false, null, null, null), club.id(), founded, "t", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06154").id();
        UserView board = UserFixtures.create(accounts, "cn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm");
        FundFixtures.seatWithAccount(boards, members, club, vn.ishc.clubs.BoardRole.CHAIR, "Chủ nhiệm", board.username());
        var as = user(board.username()).roles("CLUB_BOARD");
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        funds.contribute(income.id(), LocalDate.of(2025, 8, 5), 30_000_000, Entry.Source.PROJECT, null, null, "t",
                AreaScope.nation());

        assertThat(mvc.post().uri("/clubs/" + club.id() + "/loan-rules").with(csrf()).with(as)
                .param("approvedOn", "2025-08-10").param("maxAmount", "10.000.000").param("maxTermMonths", "12")
                .param("ratePercent", "0,8").param("ratePer", "MONTH").param("method", "FLAT").param("repayment", "EQUAL_INSTALMENTS")
                .param("graceMonths", "0").param("penaltyRatePercent", "1")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/loans").with(as)).hasStatusOk().bodyText()
                .contains("vay tối đa 10.000.000 đồng").contains("lãi 0,8%/tháng");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/loans").with(csrf()).with(as)
                .param("personId", borrower.person().id().toString()).param("amount", "6.000.000")
                .param("purpose", "LIVESTOCK").param("purposeNote", "Nuôi 2 con lợn").param("termMonths", "6")
                .param("appliedOn", "2025-08-20")).hasStatus3xxRedirection();
        Loans.Loan loan = loans.ofClub(club.id(), AreaScope.nation()).get(0);
        assertThat(mvc.post().uri("/loans/" + loan.id() + "/decision").with(csrf()).with(as).param("approve", "true")
                .param("decidedOn", "2025-08-25")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/loans/" + loan.id() + "/disbursement").with(csrf()).with(as)
                .param("on", "2025-09-01").param("key", "disburse-" + loan.id())).hasStatus3xxRedirection();
        // Months later the page offers what is due; the finance member confirms it.
        // The amount due is filled in with thousands separators, as every amount on the pages is shown.
        assertThat(mvc.get().uri("/loans/" + loan.id()).with(as)).hasStatusOk().bodyText().contains("Đang vay")
                .contains("Lịch trả nợ").contains("quá hạn")
                .containsPattern("id=\"repay-amount\" name=\"amount\" inputmode=\"numeric\" value=\"\\d{1,3}(\\.\\d{3})+\"")
                .containsPattern("id=\"repay-penalty\" name=\"penalty\" inputmode=\"numeric\" value=\"\\d{1,3}(\\.\\d{3})*\"");
        Loans.Standing standing = loans.standing(loan.id(), vn.ishc.shared.BusinessCalendar.today(clock),
                AreaScope.nation());
        // What the page shows is what the server reads back.
        assertThat(mvc.post().uri("/loans/" + loan.id() + "/repayments").with(csrf()).with(as)
                .param("amount", vn.ishc.shared.Dong.format(standing.principalDue() + standing.interestDue())).param("penalty", "0")
                .param("on", vn.ishc.shared.BusinessCalendar.today(clock).toString()).param("key", "repay-1"))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.");
        assertThat(loans.standing(loan.id(), vn.ishc.shared.BusinessCalendar.today(clock), AreaScope.nation())
                .daysOverdue()).isZero();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/loans").with(as)).hasStatusOk().bodyText()
                .contains("Dư nợ").contains("0 khoản đang quá hạn");
        long cash = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation()).cash();
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/outside-loans").with(csrf()).with(as)
                .param("personId", borrower.person().id().toString()).param("lender", "Ngân hàng Chính sách xã hội")
                .param("amount", "30.000.000").param("obtainedOn", "2025-09-15").param("termMonths", "60"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/loans").with(as)).hasStatusOk().bodyText()
                .contains("Ngân hàng Chính sách xã hội").contains("30.000.000");
        assertThat(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation()).cash()).isEqualTo(cash);
        // A repayment date before the loan is refused, and the finance member is back on the loans page to see why.
        UUID outsideLoan = outsideLoans.ofClub(club.id(), AreaScope.nation()).get(0).id();
        assertThat(mvc.post().uri("/outside-loans/" + outsideLoan + "/repaid").with(csrf()).with(as)
                .param("repaidOn", "2025-09-01")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/clubs/" + club.id() + "/loans#outside").flash()
                .containsEntry("failure", "Ngày trả xong 01/09/2025 không hợp lệ: phải từ ngày vay (15/09/2025) đến hôm nay.");
    }

    @Test
    void ofTheBoardOnlyTheChairAndTheFinanceMemberRecordMoneyTheOthersRead() {
        LocalDate founded = LocalDate.of(2025, 8, 1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06154", founded);
        long commune = GeographyFixtures.communeToday(units, "06154").id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UserView finance = UserFixtures.create(accounts, "tc-" + suffix, Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Tài chính");
        UserView vice = UserFixtures.create(accounts, "pcn-" + suffix, Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Phó");
        UserView unseated = UserFixtures.create(accounts, "uv-" + suffix, Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Ủy viên");
        FundFixtures.seatWithAccount(boards, members, club, vn.ishc.clubs.BoardRole.FINANCE, "Lương Thị Hà", finance.username());
        FundFixtures.seatWithAccount(boards, members, club, vn.ishc.clubs.BoardRole.VICE_CHAIR, "Hà Văn Sơn", vice.username());
        Fund operating = funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation());
        String today = vn.ishc.shared.BusinessCalendar.today(clock).toString();

        for (UserView reader : List.of(vice, unseated)) {
            var as = user(reader.username()).roles("CLUB_BOARD");
            assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + operating.id() + "/contributions").with(csrf())
                    .with(as).param("amount", "100.000").param("date", today).param("source", "MEMBERS")).hasStatus(403);
            assertThat(mvc.post().uri("/api/v1/funds/" + operating.id() + "/contributions").with(csrf()).with(as)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"amount\":100000,\"source\":\"MEMBERS\"}")).hasStatus(403);
            assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds").with(as)).hasStatusOk().bodyText()
                    .doesNotContain("Ghi thu");
            assertThat(mvc.get().uri("/clubs/" + club.id() + "/loans").with(as)).hasStatusOk();
        }
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isZero();
        var as = user(finance.username()).roles("CLUB_BOARD");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds").with(as)).hasStatusOk().bodyText().contains("Ghi thu");
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + operating.id() + "/contributions").with(csrf())
                .with(as).param("amount", "100.000").param("date", today).param("source", "MEMBERS"))
                .hasStatus3xxRedirection();
        assertThat(funds.fund(club.id(), Fund.Kind.OPERATING, AreaScope.nation()).cash()).isEqualTo(100_000);
        // The seat's account is an officer's to set: the finance member cannot hand the seat to another account.
        UUID seat = boards.boardOn(club.id(), founded, AreaScope.nation()).stream()
                .filter(b -> b.role() == vn.ishc.clubs.BoardRole.FINANCE).findFirst().orElseThrow().id();
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/board/" + seat + "/account").with(csrf()).with(as)
                .param("username", vice.username())).hasStatus(403);
    }

    record Board(Club club, MemberRow borrower, org.springframework.test.web.servlet.request.RequestPostProcessor as) {
    }

    /** A club founded on 1 August 2025 with 30,000,000 in its income-generation fund and its chair signed in. */
    private Board aBoard() {
        LocalDate founded = LocalDate.of(2025, 8, 1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06154", founded);
        MemberRow borrower = members.enrol(null, new PersonDetails("Lò Thị Mai", "F", "1958", "07", "POOR", 2025, null,
                null, false, false, null, null, null), club.id(), founded, "t", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06154").id();
        UserView chair = UserFixtures.create(accounts, "cn-" + UUID.randomUUID().toString().substring(0, 6),
                Role.CLUB_BOARD, commune, "mat-khau-dai-1", "Chủ nhiệm");
        FundFixtures.seatWithAccount(boards, members, club, vn.ishc.clubs.BoardRole.CHAIR, "Chủ nhiệm", chair.username());
        funds.contribute(funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation()).id(),
                LocalDate.of(2025, 8, 5), 30_000_000, Entry.Source.PROJECT, null, null, "t", AreaScope.nation());
        return new Board(club, borrower, user(chair.username()).roles("CLUB_BOARD"));
    }

    @Test
    void theRulesFormTakesARateAMonthOrAYearAsTypedAndSavesOneAboveTheLegalCapWithAWarning() {
        Board b = aBoard();
        String rules = "/clubs/" + b.club().id() + "/loan-rules";
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).param("approvedOn", "2025-08-10")
                .param("maxAmount", "10.000.000").param("maxTermMonths", "12").param("ratePercent", "0,8333")
                .param("ratePer", "MONTH").param("method", "DECLINING").param("repayment", "EQUAL_INSTALMENTS")
                .param("prepayment", "REDUCE_TERM").param("penaltyRatePercent", "1,25")).hasStatus3xxRedirection()
                .flash().containsEntry("notice", "Đã ghi sổ.").doesNotContainKey("warning");
        assertThat(loans.rulesOn(b.club().id(), LocalDate.of(2025, 8, 10), AreaScope.nation()).orElseThrow().rate())
                .isEqualTo(InterestRate.monthly(new BigDecimal("0.008333")));
        assertThat(mvc.get().uri("/clubs/" + b.club().id() + "/loans").with(b.as())).hasStatusOk().bodyText()
                .contains("lãi 0,8333%/tháng").contains("giữ số tiền mỗi kỳ, trả xong sớm hơn")
                .doesNotContain("điều 468");
        // 24 % a year: recorded, and the chair is told it is above the 20 % the Civil Code allows.
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).param("approvedOn", "2025-08-12")
                .param("maxAmount", "10.000.000").param("maxTermMonths", "12").param("ratePercent", "24 %")
                .param("ratePer", "YEAR").param("method", "FLAT").param("repayment", "EQUAL_INSTALMENTS"))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.").containsEntry("warning",
                        "Lãi suất này bằng 24%/năm, cao hơn mức 20%/năm mà Bộ luật Dân sự 2015 (điều 468) cho phép "
                                + "thỏa thuận. Quy chế vẫn được ghi; ban chủ nhiệm nên xem lại.");
        assertThat(mvc.get().uri("/clubs/" + b.club().id() + "/loans").with(b.as())).hasStatusOk().bodyText()
                .contains("lãi 24%/năm").contains("Lãi suất này bằng 24%/năm").contains("điều 468");
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).param("approvedOn", "2025-08-12")
                .param("maxAmount", "10.000.000").param("maxTermMonths", "12").param("ratePercent", "0,8,3")
                .param("method", "FLAT").param("repayment", "EQUAL_INSTALMENTS")).hasStatus3xxRedirection().flash()
                .containsEntry("failure", "Lãi suất \"0,8,3\" không đọc được: hãy nhập số phần trăm, ví dụ 0,8 hoặc 10.");
    }

    @Test
    void theRulesApiKeepsTheRateAsGivenAMonthOrAYearAndAnswersAWarningAboveTheLegalCap() {
        Board b = aBoard();
        String rules = "/api/v1/clubs/" + b.club().id() + "/loan-rules";
        String body = "{\"approvedOn\":\"2025-08-10\",\"maxAmount\":10000000,\"maxTermMonths\":12,%s,"
                + "\"method\":\"FLAT\",\"repayment\":\"EQUAL_INSTALMENTS\"}";
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("\"monthlyRate\":0.008333"))).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.monthlyRate", v -> v.assertThat().isEqualTo(0.008333))
                .hasPathSatisfying("$.warnings", v -> v.assertThat().asList().isEmpty())
                .hasPathSatisfying("$.prepayment", v -> v.assertThat().isEqualTo("REDUCE_INSTALMENT"));
        assertThat(mvc.get().uri(rules).with(b.as())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.monthlyRate", v -> v.assertThat().isEqualTo(0.008333));
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content(body.formatted("\"yearlyRate\":0.24"))).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.yearlyRate", v -> v.assertThat().isEqualTo(0.24))
                .doesNotHavePath("$.monthlyRate")
                .hasPathSatisfying("$.warnings[0].code", v -> v.assertThat().isEqualTo("loans.rules.aboveLegalCap"))
                .hasPathSatisfying("$.warnings[0].message", v -> v.assertThat().asString()
                        .startsWith("This rate is 24% a year, above the 20% a year the Civil Code 2015 (article 468)"));
        assertThat(mvc.post().uri(rules).with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("\"monthlyRate\":0.01,\"yearlyRate\":0.12"))).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("Chỉ ghi một lãi suất: theo tháng hoặc theo năm."));
    }

    @Test
    void writingOffOrReschedulingALoanWithOnlyInterestLeftAndPayingNothingAnswerAProblemNotAServerError() {
        Board b = aBoard();
        loans.approveRules(b.club().id(), new Loans.Rules(null, null, LocalDate.of(2025, 8, 10), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", AreaScope.nation());
        Loans.Loan applied = loans.apply(b.club().id(), b.borrower().person().id(), 5_000_000, Loans.Purpose.CROPS, null, 5,
                LocalDate.of(2025, 8, 20), "t", AreaScope.nation());
        loans.decide(applied.id(), true, LocalDate.of(2025, 8, 25), null, "bcn", AreaScope.nation());
        Loans.Loan loan = loans.disburse(applied.id(), LocalDate.of(2025, 9, 1), null, "tc", AreaScope.nation());
        String api = "/api/v1/loans/" + loan.id();
        // September's interest (40,000) paid on its own, then all the principal: closed; the interest payment is then
        // reversed as a mistake, so only 40,000 of interest is owed.
        Entry interest = loans.repay(loan.id(), LocalDate.of(2025, 10, 1), 40_000, 0, null, "tc", AreaScope.nation());
        loans.repay(loan.id(), LocalDate.of(2025, 10, 2), 5_000_000, 0, null, "tc", AreaScope.nation());
        loans.reverseRepayment(loan.id(), interest.id(), LocalDate.of(2025, 10, 3), "Ghi nhầm", null, "tc",
                AreaScope.nation());
        assertThat(mvc.post().uri(api + "/write-off").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2025-10-03\",\"reason\":\"Người vay qua đời\"}")).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().startsWith(
                        "Không có gì để xóa nợ: tiền gốc đã trả hết, chỉ còn 40.000 đồng lãi đến hạn chưa trả."));
        assertThat(mvc.post().uri(api + "/reschedule").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content("{\"decidedOn\":\"2025-10-03\",\"termMonths\":6,\"reason\":\"Gia hạn\"}")).hasStatus(422)
                .bodyJson().hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo("Nothing left to reschedule: "
                        + "the principal is repaid and only 40,000 đồng of interest is due and unpaid; record that "
                        + "interest as paid when the member pays it."));
        assertThat(mvc.post().uri("/loans/" + loan.id() + "/write-off").with(csrf()).with(b.as())
                .param("reason", "Người vay qua đời")).hasStatus3xxRedirection().flash().extractingByKey("failure")
                .asString().startsWith("Không có gì để xóa nợ");
        assertThat(mvc.post().uri(api + "/repayments").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2025-10-03\",\"amount\":0}")).hasStatus(422);
        assertThat(mvc.post().uri(api + "/repayments").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2025-10-03\",\"amount\":5000,\"penalty\":5000}")).hasStatus(201);
        assertThat(mvc.post().uri(api + "/repayments").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2025-10-03\",\"amount\":40000}")).hasStatus(201);
        assertThat(loans.get(loan.id(), AreaScope.nation()).status()).isEqualTo(Loans.Status.CLOSED);
    }

    @Test
    void theLoanPageShowsWhatIsLeftOfEachInstalmentAndWhenTheLaterOnesWereWorkedOutAgain() {
        Board b = aBoard();
        loans.approveRules(b.club().id(), new Loans.Rules(null, null, LocalDate.of(2025, 8, 10), 10_000_000, 12,
                InterestRate.monthly(new BigDecimal("0.01")), LoanSchedule.Method.DECLINING,
                LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO, null, null), "bcn", AreaScope.nation());
        Loans.Loan applied = loans.apply(b.club().id(), b.borrower().person().id(), 10_000_000, Loans.Purpose.TRADE, null,
                12, LocalDate.of(2025, 8, 20), "t", AreaScope.nation());
        loans.decide(applied.id(), true, LocalDate.of(2025, 8, 25), null, "bcn", AreaScope.nation());
        Loans.Loan loan = loans.disburse(applied.id(), LocalDate.of(2025, 9, 1), null, "tc", AreaScope.nation());
        // On the first due day, the instalment and 5,111,512 more: 4,100,000 owed, 395,462 a month from November.
        loans.repay(loan.id(), LocalDate.of(2025, 10, 1), 6_000_000, 0, null, "tc", AreaScope.nation());
        assertThat(mvc.get().uri("/loans/" + loan.id()).with(b.as())).hasStatusOk().bodyText()
                .contains("Còn phải trả").contains("395.462")
                .contains("Ngày 01/10/2025: tính lại các kỳ từ kỳ 2 trên 4.100.000 đồng còn nợ "
                        + "(đã trả gốc trước hạn 5.111.512 đồng); trả gốc trước hạn thì các kỳ sau nhỏ đi, giữ thời hạn.");
        assertThat(mvc.get().uri("/api/v1/loans/" + loan.id()).with(b.as())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.recalculations[0].paidAhead", v -> v.assertThat().isEqualTo(5_111_512))
                .hasPathSatisfying("$.recalculations[0].firstNumber", v -> v.assertThat().isEqualTo(2));
    }

    @Autowired
    LoanProducts products;

    @Test
    void theRulesFormOffersEqualPrincipalRoundingAndTheMeetingDayAndTheLoanPageNamesThem() {
        Board b = aBoard();
        assertThat(mvc.post().uri("/clubs/" + b.club().id() + "/loan-rules").with(csrf()).with(b.as())
                .param("approvedOn", "2025-08-10").param("maxAmount", "20.000.000").param("maxTermMonths", "12")
                .param("ratePercent", "1").param("ratePer", "MONTH").param("method", "DECLINING")
                .param("repayment", "EQUAL_PRINCIPAL").param("roundToThousand", "true").param("dueDay", "MEETING_DAY"))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.");
        Loans.Rules rules = loans.rulesOn(b.club().id(), LocalDate.of(2025, 8, 10), AreaScope.nation()).orElseThrow();
        assertThat(rules.repayment()).isEqualTo(LoanSchedule.Repayment.EQUAL_PRINCIPAL);
        assertThat(rules.layout()).isEqualTo(new LoanSchedule.Layout(true, LoanSchedule.DueDay.MEETING_DAY));
        assertThat(mvc.get().uri("/clubs/" + b.club().id() + "/loans").with(b.as())).hasStatusOk().bodyText()
                .contains("gốc trả đều hằng tháng, lãi tính trên dư nợ giảm dần")
                .contains("Cách trả: mỗi kỳ làm tròn đến 1.000 đồng; hạn trả vào ngày sinh hoạt CLB hằng tháng.");
        // Flat interest with equal principal is refused, naming the method.
        assertThat(mvc.post().uri("/api/v1/clubs/" + b.club().id() + "/loan-rules").with(csrf()).with(b.as())
                .contentType(MediaType.APPLICATION_JSON).content("{\"approvedOn\":\"2025-08-11\",\"maxAmount\":1000000,"
                        + "\"maxTermMonths\":12,\"monthlyRate\":0.01,\"method\":\"FLAT\",\"repayment\":\"EQUAL_PRINCIPAL\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("method");

        // 12,000,000 over 12 months, paid out on 1 September 2025; the club meets on the 21st.
        Loans.Loan applied = loans.apply(b.club().id(), b.borrower().person().id(), 12_000_000, Loans.Purpose.LIVESTOCK,
                null, 12, LocalDate.of(2025, 8, 20), "t", AreaScope.nation());
        loans.decide(applied.id(), true, LocalDate.of(2025, 8, 25), null, "bcn", AreaScope.nation());
        Loans.Loan loan = loans.disburse(applied.id(), LocalDate.of(2025, 9, 1), null, "tc", AreaScope.nation());
        assertThat(mvc.get().uri("/loans/" + loan.id()).with(b.as())).hasStatusOk().bodyText()
                .contains("21/09/2025").contains("1.000.000").contains("120.000").contains("110.000")
                .contains("gốc trả đều hằng tháng, lãi tính trên dư nợ giảm dần");
        assertThat(mvc.get().uri("/api/v1/loans/" + loan.id()).with(b.as())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.schedule[1].interest", v -> v.assertThat().isEqualTo(110_000))
                .hasPathSatisfying("$.schedule[1].dueOn", v -> v.assertThat().isEqualTo("2025-10-21"))
                .hasPathSatisfying("$.loan.productId", v -> v.assertThat().isNotNull());
    }

    @Test
    void theBoardAddsAndWithdrawsLoanProductsAndAnApplicationNamesOne() {
        Board b = aBoard();
        String club = "/clubs/" + b.club().id();
        loans.approveRules(b.club().id(), new Loans.Rules(null, null, LocalDate.of(2025, 8, 10), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", AreaScope.nation());
        assertThat(mvc.post().uri(club + "/loan-products").with(csrf()).with(b.as()).param("name", "Chăn nuôi")
                .param("approvedOn", "2025-08-12").param("maxAmount", "15.000.000").param("maxTermMonths", "12")
                .param("ratePercent", "0,9").param("method", "DECLINING").param("repayment", "EQUAL_PRINCIPAL"))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.");
        assertThat(mvc.post().uri("/api/v1" + club + "/loan-products").with(csrf()).with(b.as())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Buôn bán\",\"rules\":{\"approvedOn\":"
                        + "\"2025-08-12\",\"maxAmount\":3000000,\"maxTermMonths\":3,\"monthlyRate\":0.01,"
                        + "\"method\":\"DECLINING\",\"repayment\":\"EQUAL_PRINCIPAL\",\"roundToThousand\":true}}"))
                .hasStatus(201).bodyJson()
                .hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo("Buôn bán"))
                .hasPathSatisfying("$.rules.maxTermMonths", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$.rules.roundToThousand", v -> v.assertThat().isEqualTo(true));
        assertThat(mvc.get().uri("/api/v1" + club + "/loan-products").with(b.as())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$[1].name", v -> v.assertThat().isEqualTo("Chăn nuôi"))
                .hasPathSatisfying("$[1].rules.repayment", v -> v.assertThat().isEqualTo("EQUAL_PRINCIPAL"));
        assertThat(mvc.get().uri(club + "/loans").with(b.as())).hasStatusOk().bodyText()
                .contains("Các sản phẩm vay").contains("Vay vốn của CLB").contains("Chăn nuôi").contains("Buôn bán")
                .contains("Sản phẩm vay");
        UUID trade = products.ofClub(b.club().id(), LocalDate.of(2025, 9, 1), AreaScope.nation()).get(2).id();
        String application = "{\"personId\":\"" + b.borrower().person().id() + "\",\"amount\":%d,\"purpose\":\"TRADE\","
                + "\"termMonths\":3,\"appliedOn\":\"2025-09-01\"%s}";
        // Three products: the application must name one; under "Buôn bán" it is held to 3,000,000.
        assertThat(mvc.post().uri("/api/v1" + club + "/loans").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(application.formatted(1_000_000, ""))).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("productId");
        assertThat(mvc.post().uri("/api/v1" + club + "/loans").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(application.formatted(4_000_000, ",\"productId\":\"" + trade + "\""))).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("amount");
        assertThat(mvc.post().uri("/api/v1" + club + "/loans").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(application.formatted(3_000_000, ",\"productId\":\"" + trade + "\""))).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.productId", v -> v.assertThat().isEqualTo(trade.toString()));
        // The page's form names the product too.
        assertThat(mvc.post().uri(club + "/loans").with(csrf()).with(b.as()).param("productId", trade.toString())
                .param("personId", b.borrower().person().id().toString()).param("amount", "2.000.000")
                .param("purpose", "TRADE").param("termMonths", "3").param("appliedOn", "2025-09-02"))
                .hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.");
        // Withdrawn from 1 October: no new loans under it then.
        assertThat(mvc.post().uri("/api/v1" + club + "/loan-products/" + trade + "/withdrawal").with(csrf()).with(b.as())
                .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"2025-10-01\"}")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.withdrawnOn", v -> v.assertThat().isEqualTo("2025-10-01"));
        assertThat(mvc.post().uri("/api/v1" + club + "/loans").with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content(application.replace("2025-09-01", "2025-10-02")
                        .formatted(1_000_000, ",\"productId\":\"" + trade + "\""))).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo(
                        "Sản phẩm vay này đã ngừng cho vay mới từ 01/10/2025."));
        assertThat(mvc.get().uri(club + "/loans").with(b.as())).hasStatusOk().bodyText()
                .contains("Ngừng cho vay từ 01/10/2025");
    }

    @Test
    void moneyPaidOnAWrittenOffLoanIsRecordedAsARecoveryOnItsPageInTheApiTheStatementAndThePassbook() {
        Board b = aBoard();
        loans.approveRules(b.club().id(), new Loans.Rules(null, null, LocalDate.of(2025, 8, 10), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", AreaScope.nation());
        Loans.Loan applied = loans.apply(b.club().id(), b.borrower().person().id(), 5_000_000, Loans.Purpose.CROPS, null, 5,
                LocalDate.of(2025, 8, 20), "t", AreaScope.nation());
        loans.decide(applied.id(), true, LocalDate.of(2025, 8, 25), null, "bcn", AreaScope.nation());
        Loans.Loan loan = loans.disburse(applied.id(), LocalDate.of(2025, 9, 1), null, "tc", AreaScope.nation());
        loans.writeOff(loan.id(), LocalDate.of(2025, 10, 15), "Người vay ốm nặng", "bcn", AreaScope.nation());
        String page = "/loans/" + loan.id();
        assertThat(mvc.get().uri(page).with(b.as())).hasStatusOk().bodyText().contains("Ghi tiền thu hồi nợ đã xóa")
                .contains("Còn có thể thu hồi");
        assertThat(mvc.post().uri(page + "/recoveries").with(csrf()).with(b.as()).param("amount", "1.500.000")
                .param("on", "2025-11-03").param("key", "recover-page-" + loan.id())).hasStatus3xxRedirection().flash()
                .containsEntry("notice", "Đã ghi sổ.");
        String api = "/api/v1/loans/" + loan.id() + "/recoveries";
        assertThat(mvc.post().uri(api).with(csrf()).with(b.as()).header("Idempotency-Key", "rc-" + loan.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-11-10\",\"amount\":500000}"))
                .hasStatus(201).bodyJson().hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("RECOVERY"));
        // 5,000,000 written off, 2,000,000 recovered: 3,000,001 is refused, naming what is left.
        assertThat(mvc.post().uri(api).with(csrf()).with(b.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2025-11-10\",\"amount\":3000001}")).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("amount"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().isEqualTo(
                        "Số tiền thu hồi 3000001 đồng lớn hơn phần nợ đã xóa còn lại 3000000 đồng."));
        assertThat(mvc.get().uri("/api/v1/loans/" + loan.id()).with(b.as())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.loan.recovered", v -> v.assertThat().isEqualTo(2_000_000))
                .hasPathSatisfying("$.loan.status", v -> v.assertThat().isEqualTo("WRITTEN_OFF"));
        assertThat(mvc.get().uri(page).with(b.as())).hasStatusOk().bodyText().contains("Thu hồi nợ đã xóa")
                .contains("1.500.000").contains("Hủy khoản thu hồi này");
        Fund income = funds.fund(b.club().id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        assertThat(mvc.get().uri("/clubs/" + b.club().id() + "/funds?fund=" + income.id() + "&from=2025-11-01&to=2025-11-30")
                .with(b.as())).hasStatusOk().bodyText().contains("Thu hồi nợ đã xóa").contains("2.000.000");
        assertThat(mvc.get().uri("/clubs/" + b.club().id() + "/members/" + b.borrower().person().id() + "/passbook")
                .with(b.as())).hasStatusOk().bodyText().contains("Thu hồi nợ đã xóa").contains("1.500.000")
                .contains("500.000");
    }
}
