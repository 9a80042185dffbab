package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Care recipients visited as their plans ask over a free range of months are counted as a month or a
 * quarter counts them: the running month asks for the visits of the days gone by only.
 */
@SpringBootTest
class HomeCareRangeTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    FigureWorker worker;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    HomeCareTeam team;
    @Autowired
    CarePlans plans;
    @Autowired
    HomeVisits visits;
    @Autowired
    java.time.Clock clock;
    @Autowired
    Indicators indicators;

    long onPlan(java.util.UUID club, Period p) {
        return indicators.ofClub(club, p, NATION).figures().stream()
                .filter(f -> f.isTotal() && f.code().equals("HOMECARE_RECIPIENTS_ON_PLAN")).mapToLong(Figure::value).sum();
    }

    @Test
    void aRangeUpToTheRunningMonthAsksForItsDaysGoneByAsTheMonthDoes() {
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth now = YearMonth.from(today);
        YearMonth before = now.minusMonths(1);
        YearMonth earlier = now.minusMonths(2);
        var made = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06058", earlier.atDay(1), 1);
        var volunteer = HomeCareFixtures.aVolunteer(team, made.club(), "Lộc Văn Tâm", null);
        // Four visits a month asked from the month before last: four made in each month gone by, none yet this month.
        var recipient = HomeCareFixtures.aRecipient(team, plans, made.club(), made.people().get(0), "Hoàng Thị Đào",
                earlier.atDay(1), 4, PlanPeriod.MONTH, volunteer);
        for (YearMonth m : List.of(earlier, before)) {
            for (int day : new int[] {3, 6, 9, 12}) {
                visits.record(HomeCareFixtures.aVisit(recipient, m.atDay(day), volunteer), "t", false, NATION);
            }
        }
        worker.drain();
        java.util.UUID club = made.club().id();

        // From the raw records: asked by today, the whole of each month gone by and this month's days passed.
        long dueNow = 4L * today.getDayOfMonth() / now.lengthOfMonth();
        long expected = 4 >= dueNow ? 1 : 0;
        assertThat(onPlan(club, Period.month(now))).as("this month").isEqualTo(expected);
        assertThat(onPlan(club, Period.month(before))).as("last month").isEqualTo(1);
        Period range = Period.range(before, now);
        assertThat(onPlan(club, range)).as("%s", range.code()).isEqualTo(4 >= 4 + dueNow ? 1L : 0L);
        Period three = Period.range(earlier, now);
        assertThat(onPlan(club, three)).as("%s", three.code()).isEqualTo(8 >= 8 + dueNow ? 1L : 0L);
        // Months gone by: the whole plan.
        assertThat(onPlan(club, Period.range(earlier, before))).isEqualTo(1L);
        // The commune's figure over the range counts the recipient as the club's does.
        String commune = "20.06058";
        assertThat(indicators.total(commune, range, Boundaries.RESTATED, NATION, "HOMECARE_RECIPIENTS_ON_PLAN"))
                .isGreaterThanOrEqualTo(onPlan(club, range));
    }
}
