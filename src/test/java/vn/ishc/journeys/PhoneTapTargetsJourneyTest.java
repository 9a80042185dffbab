package vn.ishc.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
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
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.homecare.Volunteer;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.MeetingFixtures.ClubWithMembers;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * On a phone (360 × 780, touch) every thing a finger taps on the pages of a club's board and of a home-care
 * volunteer is at least 44 × 44 CSS pixels: links, buttons, fields, lists to choose from, the summary that
 * opens a form, and a label that holds a checkbox or a radio button (the label is what is tapped; the small
 * box inside it is not measured on its own).
 *
 * <p>What is measured is what is shown once every summary on the page is opened (what it opens is tapped
 * next): an element hidden, or off the screen until it is focused (the "skip to content" link), is left out. One kind of target is held to the
 * height only: a link that is part of a sentence (an inline link in a paragraph that has other words).
 * Its width is its words, and padding it sideways would break the sentence; it still has the height of a
 * finger, given by padding above and below that does not move the lines. A paragraph that is only a link is
 * a target like any other.
 *
 * <p>The pages are filled as a club's are after a year: members, meetings held, loans, fees, a care
 * recipient with visits. The number of targets measured on each page is printed.
 */
class PhoneTapTargetsJourneyTest extends JourneyTestBase {

    static final AreaScope NATION = AreaScope.nation();
    static final int MIN = 44;

    @Autowired
    Clock clock;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Boards boards;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    MemberFees fees;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HomeVisits visits;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(360, 780).setHasTouch(true).setIsMobile(true);
    }

    /** A target too small: the page, what it is, and its size. */
    record Offender(String page, String what, double width, double height) {
        @Override
        public String toString() {
            return String.format("%s: %s is %.0f × %.0f px", page, what, width, height);
        }
    }

    @Test
    void everyTargetOnTheBoardsAndTheVolunteersPhonePagesIsAtLeast44PixelsEachWay() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1).withDayOfMonth(1);
        ClubWithMembers withMembers = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06172", founded,
                12, MeetingDay.ofMonthDay(1));
        Club club = withMembers.club();
        String commune = "06172";
        for (int back = 3; back >= 1; back--) {
            meetings.record(club.id(), MeetingFixtures.everyonePresent(null, today.withDayOfMonth(1).minusMonths(back),
                    withMembers.people()), "t", NATION);
        }
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), founded.plusDays(1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, founded.plusDays(2), 5_000_000, 12,
                new BigDecimal("0.01"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", NATION);
        LocalDate paidOut = today.withDayOfMonth(1).minusMonths(2);
        Loans.Loan loan = null;
        for (int i = 0; i < 3; i++) {
            Loans.Loan applied = loans.apply(club.id(), withMembers.people().get(i), (i + 1) * 1_200_000L,
                    Loans.Purpose.LIVESTOCK, null, 12, paidOut.minusDays(5), "t", NATION);
            loans.decide(applied.id(), true, paidOut.minusDays(2), null, "bcn", NATION);
            loans.disburse(applied.id(), paidOut, null, "t", NATION);
            loan = loan == null ? applied : loan;
        }
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);

        var board = users().create(Role.CLUB_BOARD, GeographyFixtures.communeToday(units, commune).id(), "Thủ quỹ");
        users().limitToClub(board.username(), club.id());
        FundFixtures.seatWithAccount(boards, members, club, BoardRole.FINANCE, "Thủ quỹ Mai", board.username());

        var volunteerAccount = users().create(Role.HOMECARE_VOLUNTEER, GeographyFixtures.communeToday(units, commune).id(),
                "Hà Thị Lan");
        users().limitToClub(volunteerAccount.username(), club.id());
        Volunteer lan = HomeCareFixtures.aVolunteer(team, club, "Hà Thị Lan", volunteerAccount.username());
        CareRecipient recipient = HomeCareFixtures.aRecipient(team, plans, club, withMembers.people().get(5), null, founded,
                2, PlanPeriod.WEEK, lan);
        HomeCareFixtures.aRecipient(team, plans, club, withMembers.people().get(6), null, founded, 1, PlanPeriod.MONTH, lan);
        visits.record(HomeCareFixtures.withPressure(HomeCareFixtures.aVisit(recipient, today.minusDays(3), lan), null, 150,
                92, false, null), volunteerAccount.username(), true, NATION);

        Map<String, String> boardPages = new LinkedHashMap<>();
        boardPages.put("home", "/");
        boardPages.put("club page", "/clubs/" + club.id());
        boardPages.put("meetings page", "/clubs/" + club.id() + "/meetings");
        boardPages.put("meeting phone page", "/clubs/" + club.id() + "/meetings/new?layout=phone");
        boardPages.put("funds", "/clubs/" + club.id() + "/funds");
        boardPages.put("loans", "/clubs/" + club.id() + "/loans");
        boardPages.put("one loan", "/loans/" + loan.id());
        boardPages.put("meeting money", "/clubs/" + club.id() + "/meeting-money");
        boardPages.put("fees", "/clubs/" + club.id() + "/fees");
        boardPages.put("home care (club)", "/clubs/" + club.id() + "/homecare");
        Map<String, String> volunteerPages = new LinkedHashMap<>();
        volunteerPages.put("volunteer's home", "/");
        volunteerPages.put("my care recipients", "/homecare/mine");
        volunteerPages.put("home visit", "/homecare/recipients/" + recipient.id() + "/visit");

        List<Offender> offenders = new ArrayList<>();
        StringBuilder counts = new StringBuilder("\nTap targets measured on a 360 × 780 phone:\n");
        signIn(board.username(), board.password());
        measureAll(boardPages, offenders, counts);
        signOut();
        signIn(volunteerAccount.username(), volunteerAccount.password());
        measureAll(volunteerPages, offenders, counts);
        System.out.println(counts);

        assertThat(offenders).as("targets smaller than %d px (%s)", MIN, "page: element is width × height").isEmpty();
    }

    void measureAll(Map<String, String> pages, List<Offender> offenders, StringBuilder counts) {
        for (var entry : pages.entrySet()) {
            open(entry.getValue());
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(page.url()).as(entry.getKey()).doesNotContain("/login");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> targets = (List<Map<String, Object>>) page.evaluate(TARGETS);
            int small = 0;
            for (Map<String, Object> t : targets) {
                double width = ((Number) t.get("width")).doubleValue();
                double height = ((Number) t.get("height")).doubleValue();
                boolean inSentence = Boolean.TRUE.equals(t.get("inSentence"));
                if (height < MIN - 0.5 || !inSentence && width < MIN - 0.5) {
                    offenders.add(new Offender(entry.getKey(), (String) t.get("what"), width, height));
                    small++;
                }
            }
            counts.append(String.format("  %-22s %3d targets, %d too small%n", entry.getKey(), targets.size(), small));
        }
    }

    /** Every target shown on the page, with its size and a description a person can find it by. */
    static final String TARGETS = """
            () => {
              // What a summary opens is tapped next: every one is opened first.
              document.querySelectorAll('details').forEach(d => { d.open = true; });
              const shown = el => {
                if (el.closest('[hidden]')) return false;
                if (el.checkVisibility && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.right > 0 && r.left < document.documentElement.clientWidth;
              };
              const describe = el => {
                let what = el.tagName.toLowerCase();
                if (el.id) what += '#' + el.id;
                else if (el.className && typeof el.className === 'string' && el.className.trim())
                  what += '.' + el.className.trim().split(/\\s+/).join('.');
                if (el.type && el.tagName !== 'BUTTON' && el.tagName !== 'SELECT') what += '[type=' + el.type + ']';
                if (el.name) what += '[name=' + el.name + ']';
                const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
                return what + (text ? ' "' + text.slice(0, 40) + '"' : '');
              };
              const inSentence = el => {
                if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
                const p = el.closest('p');
                return !!p && p.innerText.trim() !== el.innerText.trim();
              };
              const wrapsChoice = label => !!label.querySelector('input[type=checkbox], input[type=radio]');
              const all = document.querySelectorAll(
                  'a[href], button, input:not([type=hidden]), select, textarea, summary, label');
              const out = [];
              for (const el of all) {
                if (el.tagName === 'LABEL' && !wrapsChoice(el)) continue;
                if (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) continue;
                if (!shown(el)) continue;
                const r = el.getBoundingClientRect();
                out.push({ what: describe(el), width: r.width, height: r.height, inSentence: inSentence(el) });
              }
              return out;
            }""";
}
