package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFixtures;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.funds.MemberFees;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The finance member at the monthly meeting, on a 360-pixel phone: the members' fees and three loans' repayments
 * collected on one screen and saved at once, the cash box counted from the answer, last month's books closed, an
 * entry dated in the closed month refused, and a member's passbook printed.
 */
class MeetingMoneyJourneyTest extends JourneyTestBase {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    java.time.Clock clock;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Boards boards;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    MemberFees fees;

    @Test
    void theMeetingsMoneyIsCollectedOnAPhoneCountedTheMonthClosedAndThePassbookPrinted() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06172", founded);
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), founded.plusDays(1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, founded.plusDays(2), 5_000_000, 12,
                new BigDecimal("0.01"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", NATION);
        // Three borrowers, each with two instalments due by the end of this month (none after it).
        List<String> names = List.of("Bế Thị Ánh", "Đinh Văn Bảo", "Hoàng Thị Cúc");
        LocalDate paidOut = today.withDayOfMonth(1).minusMonths(2);
        MemberRow first = null;
        for (int i = 0; i < names.size(); i++) {
            MemberRow m = members.enrol(null, new PersonDetails(names.get(i), "F", "1956", "Tày", "OTHER", null, null,
                    null, false, false, null, null, null), club.id(), founded, "t", NATION);
            first = first == null ? m : first;
            Loans.Loan applied = loans.apply(club.id(), m.person().id(), (i + 1) * 1_200_000L, Loans.Purpose.LIVESTOCK,
                    null, 12, paidOut.minusDays(5), "t", NATION);
            loans.decide(applied.id(), true, paidOut.minusDays(2), null, "bcn", NATION);
            loans.disburse(applied.id(), paidOut, null, "t", NATION);
        }
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);
        long commune = GeographyFixtures.communeToday(units, "06172").id();
        var board = users().create(Role.CLUB_BOARD, commune, "Thủ quỹ");
        users().limitToClub(board.username(), club.id());
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Thủ quỹ Lan", board.username());

        page.setViewportSize(360, 740);
        signIn(board.username(), board.password());
        open("/clubs/" + club.id() + "/funds");
        page.locator("#club-meeting-money").click();
        var cards = page.locator("#meeting-money .card");
        assertThat(cards).hasCount(4);
        // The amounts are filled in as due: the fee, and two instalments of 100.000 + 12.000 đ on the smallest loan.
        var anh = cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bế Thị Ánh"));
        assertThat(anh.locator("input[name$='.amount']").first()).hasValue("10.000");
        assertThat(anh.locator("input[name$='.amount']").nth(1)).hasValue("224.000");
        // The treasurer does not pay her fee today: her line is emptied.
        var lan = cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Thủ quỹ Lan"));
        lan.locator("input[name$='.amount']").fill("");
        // A repayment typed wrong is read back before saving.
        var bao = cards.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đinh Văn Bảo"));
        bao.locator("input[name$='.amount']").nth(1).fill("448,5");
        assertThat(bao.locator(".amount-read").nth(1)).containsText("Không đọc được số tiền \"448,5\"");
        bao.locator("input[name$='.amount']").nth(1).fill("448.000");
        assertThat(bao.locator(".amount-read").nth(1)).hasText("Đọc là 448.000 đồng");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px").isTrue();
        snapshot("meeting-money-form");
        page.locator("#collect").click();

        // Three fees and three repayments: 30.000 + 224.000 + 448.000 + 672.000 đ.
        assertThat(page.locator("#meeting-money-result")).containsText("Đã lưu 6 khoản thu");
        assertThat(page.locator("#total-fees")).hasText("30.000 đ");
        assertThat(page.locator("#total-repayments")).hasText("1.344.000 đ");
        assertThat(page.locator("#total-received")).hasText("1.374.000 đ");
        assertThat(page.locator("#count-OPERATING")).containsText("hộp tiền của quỹ phải có 30.000 đ");
        snapshot("meeting-money-saved");
        page.locator("#counted-OPERATING").fill("30.000");
        page.locator("#count-OPERATING button[type=submit]").click();
        assertThat(page.locator("[role=status]").first()).containsText("khớp với sổ");
        assertThat(page.locator("#total-received")).hasText("1.374.000 đ");

        // Last month's books are closed; an entry dated in it is refused, and nothing is recorded.
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        open("/clubs/" + club.id() + "/funds");
        page.locator("#close summary").click();
        page.locator("#close-month").fill(lastMonth.toString());
        page.locator("#close button[type=submit]").click();
        assertThat(page.locator("#closed-through")).containsText(
                String.format("%02d/%02d/%d", lastMonth.lengthOfMonth(), lastMonth.getMonthValue(), lastMonth.getYear()));
        page.locator("#fund-OPERATING a").click();
        page.locator("#contribute summary").click();
        page.locator("#in-amount").fill("50.000");
        page.locator("#in-date").fill(lastMonth.atDay(20).toString());
        page.locator("#in-source").selectOption("MEMBERS");
        page.locator("#contribute button[type=submit]").click();
        assertThat(page.locator("[role=alert]")).containsText("đã khóa");
        assertThat(page.locator("#fund-OPERATING")).containsText("30.000");

        // The passbook of a member, from the fees page, shows this month's fee and the repayment, and prints.
        open("/clubs/" + club.id() + "/fees");
        assertThat(page.locator("#fee-totals")).containsText("3 người đã đóng tháng này (30.000 đ); 1 người còn nợ");
        page.locator("#fees a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bế Thị Ánh")).click();
        YearMonth month = YearMonth.from(today);
        assertThat(page.locator("#paid-in")).containsText("Hội phí tháng " + month.getMonthValue() + "/" + month.getYear());
        assertThat(page.locator("body")).containsText("224.000");
        snapshot("passbook");
        var pdf = page.request().get(baseUrl() + page.locator("#passbook-pdf").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
