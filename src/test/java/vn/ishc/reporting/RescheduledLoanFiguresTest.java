package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A loan long overdue at the end of last month, rescheduled today: the months already past keep the figures of the
 * schedule in force at their end (portfolio at risk for the club, its commune and the nation; instalments due), and
 * only the current month reads the new schedule. Kept up to date as it happens, they are what a rebuild gives.
 */
@SpringBootTest
class RescheduledLoanFiguresTest {

    static final AreaScope NATION = AreaScope.nation();
    static final String COMMUNE = "20.06280";

    @Autowired
    Clock clock;
    @Autowired
    Indicators indicators;
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
    Funds funds;
    @Autowired
    Loans loans;

    @Test
    void reschedulingLeavesThePastMonthsAsTheScheduleInForceThenMadeThem() {
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth current = YearMonth.from(today);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06280", today.minusMonths(10));
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), club.foundedOn().plusDays(2), 20_000_000, Entry.Source.PROJECT, null, null, "t",
                NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, club.foundedOn().plusDays(1), 10_000_000, 12,
                BigDecimal.ZERO, LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, BigDecimal.ZERO,
                null), "t", NATION);
        MemberRow borrower = members.enrol(null, new PersonDetails("Hoàng Thị Hoa", "F", "1958", "Tày", "POOR", null,
                null, null, false, false, null, null, null), club.id(), club.foundedOn(), "t", NATION);
        // Three monthly instalments from about four months ago, none paid: well over 30 days late last month.
        LocalDate lent = today.minusMonths(5);
        Loans.Loan loan = loans.apply(club.id(), borrower.person().id(), 3_000_000, Loans.Purpose.LIVESTOCK, null, 3,
                lent.minusDays(2), "t", NATION);
        loans.decide(loan.id(), true, lent.minusDays(1), null, "t", NATION);
        loans.disburse(loan.id(), lent, null, "t", NATION);
        worker.drain();

        // The months since the loan was paid out, and the quarters among them that have ended.
        List<Period> past = new ArrayList<>();
        for (YearMonth m = YearMonth.from(lent); m.isBefore(current); m = m.plusMonths(1)) {
            past.add(Period.month(m));
            Period quarter = Period.quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
            if (quarter.last().isBefore(current) && !past.contains(quarter)) {
                past.add(quarter);
            }
        }
        Period lastMonth = Period.month(current.minusMonths(1));
        Map<String, Long> before = figures(club, past);
        assertThat(before).containsEntry("club " + lastMonth + " PAR30", 3_000_000L);
        assertThat(past.stream().filter(p -> p.first().equals(p.last()))
                .mapToLong(p -> before.get("club " + p + " INSTALMENTS_DUE")).sum()).isEqualTo(3);

        loans.reschedule(loan.id(), today, 6, 0, "Mất mùa, hội đồng cho gia hạn", "t", NATION);
        worker.drain();

        Map<String, Long> after = figures(club, past);
        assertThat(after).isEqualTo(before);
        Map<String, Long> now = PortfolioByAgeTest.values(indicators.ofClub(club.id(), Period.month(current), NATION));
        assertThat(now.getOrDefault("PAR30", 0L)).as("the current month reads the new schedule").isZero();
        assertThat(now).containsEntry("LOANS_OUTSTANDING", 3_000_000L);

        worker.rebuild();
        assertThat(figures(club, past)).isEqualTo(after);
        assertThat(PortfolioByAgeTest.values(indicators.ofClub(club.id(), Period.month(current), NATION))).isEqualTo(now);
    }

    /** Portfolio at risk and instalments due of the club, its commune and the nation, for each period. */
    private Map<String, Long> figures(Club club, List<Period> periods) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Period p : periods) {
            Map<String, Long> ofClub = PortfolioByAgeTest.values(indicators.ofClub(club.id(), p, NATION));
            Map<String, Long> commune = PortfolioByAgeTest.values(indicators.of(COMMUNE, p, Boundaries.RESTATED, NATION));
            Map<String, Long> nation = PortfolioByAgeTest.values(indicators.of("", p, Boundaries.RESTATED, NATION));
            for (String code : List.of("PAR1", "PAR30", "PAR90", "INSTALMENTS_DUE", "REPAID_ON_TIME")) {
                out.put("club " + p + " " + code, ofClub.getOrDefault(code, 0L));
                out.put("commune " + p + " " + code, commune.getOrDefault(code, 0L));
                out.put("nation " + p + " " + code, nation.getOrDefault(code, 0L));
            }
        }
        return out;
    }
}
