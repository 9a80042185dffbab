package vn.ishc.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.FundFixtures;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A club's finance member on the funds pages: a community contribution, the board's rules and a loan
 * approved and paid out, a repayment on time and a late one with its penalty, a mistaken expense
 * reversed, and the statement that balances.
 */
class FundJourneyTest extends JourneyTestBase {

    /** The application's clock: "today" in this test is the date it gives. */
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

    @Test
    void theFinanceMemberKeepsTheBookOfTheIncomeGenerationFund() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusMonths(8).withDayOfMonth(1);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06172", founded.isBefore(LocalDate.of(2025, 7, 1))
                ? LocalDate.of(2025, 7, 1) : founded);
        members.enrol(null, new PersonDetails("Lương Văn Khải", "M", "1961", "07", "POOR", 2025, null, null, false, false,
                null, null, null), club.id(), club.foundedOn(), "t", AreaScope.nation());
        long commune = GeographyFixtures.communeToday(units, "06172").id();
        var board = users().create(Role.CLUB_BOARD, commune, "Ủy viên tài chính");
        users().limitToClub(board.username(), club.id());
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Hoàng Thị Duyên", board.username());
        signIn(board.username(), board.password());
        open("/clubs/" + club.id() + "/funds");
        LocalDate start = club.foundedOn().plusDays(5);

        page.locator("#fund-INCOME_GENERATION a").click();
        page.locator("#contribute summary").click();
        // The form shows how it reads the amount before anything is saved.
        page.locator("#in-amount").fill("1,5");
        assertThat(page.locator("#contribute .amount-read")).containsText("Không đọc được số tiền \"1,5\"");
        page.locator("#in-amount").fill("20.000.000");
        assertThat(page.locator("#contribute .amount-read")).hasText("Đọc là 20.000.000 đồng");
        page.locator("#in-date").fill(start.toString());
        page.locator("#in-source").selectOption("COMMUNITY");
        page.locator("#in-description").fill("Bà con trong thôn góp");
        page.locator("#contribute button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã ghi sổ");
        assertThat(page.locator("#fund-INCOME_GENERATION")).containsText("20.000.000");

        page.locator("#spend summary").click();
        page.locator("#out-amount").fill("350.000");
        page.locator("#out-date").fill(start.plusDays(1).toString());
        page.locator("#out-purpose").fill("Ghi nhầm quỹ");
        page.locator("#spend button[type=submit]").click();
        assertThat(page.locator("#fund-INCOME_GENERATION")).containsText("19.650.000");

        page.locator("#club-loans").click();
        page.locator("#rules-form summary").click();
        page.locator("#r-date").fill(start.toString());
        page.locator("#r-max").fill("10.000.000");
        page.locator("#r-term").fill("12");
        page.locator("#r-rate").fill("1");
        page.locator("#r-penalty").fill("1");
        page.locator("#rules-form button[type=submit]").click();
        assertThat(page.locator("#rules")).containsText("lãi 1%/tháng");

        page.locator("#apply summary").click();
        page.locator("#loan-person").selectOption(new SelectOption().setLabel("Lương Văn Khải"));
        page.locator("#loan-amount").fill("6.000.000");
        page.locator("#loan-term").fill("6");
        page.locator("#loan-applied").fill(start.plusDays(2).toString());
        page.locator("#apply button[type=submit]").click();
        page.locator("#loans a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Lương Văn Khải")).click();
        page.locator("#decided-on").fill(start.plusDays(3).toString());
        page.locator("#decide button[value=true]").click();
        page.locator("#disbursed-on").fill(start.plusDays(4).toString());
        page.locator("#disburse button[type=submit]").click();
        assertThat(page.locator("#loan-status")).hasText("Đang vay");
        snapshot("loan-disbursed");

        // The first instalment on its day, the second twenty days late with a 1 % penalty.
        LocalDate first = start.plusDays(4).plusMonths(1);
        page.locator("#repay-amount").fill("1.060.000");
        page.locator("#repay-penalty").fill("0");
        page.locator("#repay-on").fill(first.toString());
        page.locator("#repay button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã ghi sổ");
        page.locator("#repay-amount").fill("1.070.600");
        page.locator("#repay-penalty").fill("10.600");
        page.locator("#repay-on").fill(first.plusMonths(1).plusDays(20).toString());
        page.locator("#repay button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã ghi sổ");
        assertThat(page.locator("#loan-outstanding")).hasText("4.000.000");

        open("/clubs/" + club.id() + "/funds");
        page.locator("#fund-INCOME_GENERATION a").click();
        page.locator("#from").fill(start.toString());
        page.locator("#to").fill(today.toString());
        page.locator("form.inline-form button[type=submit]").click();
        var mistaken = page.locator("#entries tbody tr",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Ghi nhầm quỹ"));
        mistaken.locator("summary").click();
        mistaken.locator("input[name=reason]").fill("Chi nhầm quỹ, chi lại từ quỹ hoạt động");
        mistaken.locator("button[type=submit]").click();
        assertThat(page.locator("[role=status]")).containsText("Đã ghi sổ");
        page.locator("#from").fill(start.toString());
        page.locator("#to").fill(today.toString());
        page.locator("form.inline-form button[type=submit]").click();
        assertThat(page.locator("#statement-balances")).isVisible();
        // 20,000,000 in, 6,000,000 lent, 2,000,000 principal, 120,000 interest and 10,600 penalty back.
        assertThat(page.locator("#closing")).hasText("16.130.600");
        snapshot("statement");

        // On a phone, what is due this month is one tap from the loans page and recorded with one more.
        page.setViewportSize(360, 740);
        open("/clubs/" + club.id() + "/loans");
        var due = page.locator("#to-collect a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Lương Văn Khải"));
        long owed = dong(due.locator(".money").innerText());
        due.click();
        assertThat(page.locator("#repay-amount")).isInViewport();
        // Paid late: the form offers what is due and the penalty the rules ask, already added up.
        long penalty = dong(page.locator("#repay-penalty").inputValue());
        org.assertj.core.api.Assertions.assertThat(penalty).isPositive();
        org.assertj.core.api.Assertions.assertThat(dong(page.locator("#repay-amount").inputValue())).isEqualTo(owed + penalty);
        page.locator("#repay-submit").click();
        assertThat(page.locator("[role=status]")).containsText("Đã ghi sổ");
        assertThat(page.locator("#loan-due")).hasText("0");
        assertThat(page.locator("#loan-status")).hasText("Đã trả hết");
        snapshot("repaid-on-phone");
    }

    private static long dong(String typed) {
        return Long.parseLong(typed.replaceAll("[^0-9]", ""));
    }
}
