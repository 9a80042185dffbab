package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ishc.reporting.ClubFiguresTest.monthly;
import static vn.ishc.reporting.ClubRecordsFixtures.aClubFoundedOn;
import static vn.ishc.reporting.FamilyFacts.value;
import static vn.ishc.reporting.Indicator.BORROWERS_ACTIVE;
import static vn.ishc.reporting.Indicator.FUNDS_MOBILISED;
import static vn.ishc.reporting.Indicator.FUND_INCOME_BALANCE;
import static vn.ishc.reporting.Indicator.INSTALMENTS_DUE;
import static vn.ishc.reporting.Indicator.LOANS_DISBURSED;
import static vn.ishc.reporting.Indicator.LOANS_OUTSTANDING;
import static vn.ishc.reporting.Indicator.PAR1;
import static vn.ishc.reporting.Indicator.PAR30;
import static vn.ishc.reporting.Indicator.REPAID_ON_TIME;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.members.Person;

class FundFiguresTest {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 10);

    @Test
    void anUnpaidInstalmentPutsTheLoansPrincipalAtRiskByHowLateItIs() {
        ClubRecordsFixtures.Builder club = aClubFoundedOn(FOUNDED);
        UUID hoa = club.member(Person.Sex.F).born(LocalDate.of(1960, 1, 1)).joined(FOUNDED);
        club.given(Fund.Kind.INCOME_GENERATION, LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT);
        // 6,000,000 lent on 1 March, six instalments from 1 April; April's paid on the day, nothing after.
        UUID loan = club.lent(hoa, LocalDate.of(2024, 3, 1), 6_000_000, monthly(LocalDate.of(2024, 4, 1), 6, 1_000_000, 48_000));
        club.repaid(loan, LocalDate.of(2024, 4, 1), 48_000, 1_000_000);
        ClubFacts facts = new ClubFacts(club.build(), LocalDate.of(2024, 12, 31));
        FundFigures figures = new FundFigures(facts);
        YearMonth february = YearMonth.of(2024, 2);
        YearMonth april = YearMonth.of(2024, 4);
        YearMonth june = YearMonth.of(2024, 6);

        figures.flows(february, february.atDay(1), february.atEndOfMonth());
        figures.flows(YearMonth.of(2024, 3), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        figures.flows(april, april.atDay(1), april.atEndOfMonth());
        figures.active(june, june.atEndOfMonth(), Set.of(hoa));
        figures.owed(june, june.atEndOfMonth());

        assertThat(value(facts, february, FUNDS_MOBILISED, "SOURCE=PROJECT")).isEqualTo(20_000_000);
        assertThat(value(facts, YearMonth.of(2024, 3), LOANS_DISBURSED, "SEX=F")).isEqualTo(1);
        assertThat(value(facts, april, INSTALMENTS_DUE, "")).isEqualTo(1);
        assertThat(value(facts, april, REPAID_ON_TIME, "")).isEqualTo(1);
        // 1 May unpaid: 60 days late on 30 June, with 5,000,000 owed.
        assertThat(value(facts, june, LOANS_OUTSTANDING, "")).isEqualTo(5_000_000);
        assertThat(value(facts, june, PAR1, "")).isEqualTo(5_000_000);
        assertThat(value(facts, june, PAR30, "")).isEqualTo(5_000_000);
        assertThat(value(facts, june, LOANS_OUTSTANDING, OverdueAge.ATTRIBUTE + "=" + OverdueAge.of(60).name()))
                .isEqualTo(5_000_000);
        assertThat(value(facts, june, BORROWERS_ACTIVE, "SEX=F")).isEqualTo(1);
        // Cash and loans together: the 20,000,000 given, and the 48,000 of interest repaid.
        assertThat(value(facts, june, FUND_INCOME_BALANCE, "")).isEqualTo(20_048_000);
    }
}
