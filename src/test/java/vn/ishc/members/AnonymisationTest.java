package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.MeetingFixtures;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.reporting.FigureWork;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** Anonymising a member with readings and a loan leaves every figure and every fund's balances as they were. */
@SpringBootTest
class AnonymisationTest {

    static final AreaScope NATION = AreaScope.nation();
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 1);

    @Autowired
    Anonymisation anonymisation;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void anonymisingAMemberWithReadingsAndALoanKeepsTheFiguresAndTheLedger() {
        MeetingFixtures.ClubWithMembers c = MeetingFixtures.aClubWithMembers(clubs, villages, units, members, "06133",
                FOUNDED, 3);
        UUID club = c.club().id();
        UUID person = members.enrol(null, new PersonDetails("Nông Thị Thoa", "Nữ", "15/06/1958", "Nùng", "Cận nghèo",
                2024, "HN4010123456789", LocalDate.of(2027, 12, 31), true, true, "0912345678", "001158012345", null),
                club, FOUNDED, "t", NATION).person().id();
        List<UUID> everyone = new java.util.ArrayList<>(c.people());
        everyone.add(person);
        MeetingEntry meeting = MeetingFixtures.withRow(MeetingFixtures.everyonePresent(null, LocalDate.of(2024, 3, 21),
                everyone), 3, new MeetingEntry.Row(person, AttendanceStatus.PRESENT,
                new ReadingValues(150, 92, 80, new BigDecimal("50.0"), null)));
        meetings.record(club, meeting, "t", NATION);
        Fund fund = funds.fund(club, Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(fund.id(), LocalDate.of(2024, 2, 1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club, new Loans.Rules(null, null, LocalDate.of(2024, 2, 5), 10_000_000, 12,
                new BigDecimal("0.008"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), "Thành viên từ 6 tháng"), "bcn", NATION);
        Loans.Loan applied = loans.apply(club, person, 5_000_000, Loans.Purpose.LIVESTOCK, "Nuôi lợn", 12,
                LocalDate.of(2024, 3, 1), "t", NATION);
        loans.decide(applied.id(), true, LocalDate.of(2024, 3, 5), "Họp ban chủ nhiệm", "bcn", NATION);
        loans.disburse(applied.id(), LocalDate.of(2024, 3, 10), "out-" + applied.id(), "tc", NATION);

        FigureWork figures = new FigureWork(context);
        figures.rebuild();
        List<String> figuresBefore = figures();
        List<String> balancesBefore = balances(club);
        String ledgerBefore = ledger();

        String pseudonym = anonymisation.anonymise(person, "Gia đình yêu cầu xoá dữ liệu", "can.bo.xa", NATION);
        figures.rebuild();

        assertThat(figures()).isEqualTo(figuresBefore);
        assertThat(balances(club)).isEqualTo(balancesBefore);
        assertThat(ledger()).isEqualTo(ledgerBefore);
        Person after = members.person(person, NATION).person();
        assertThat(after.fullName()).isEqualTo(pseudonym).isEqualTo("Người đã ẩn danh #" + person.toString().substring(0, 8));
        assertThat(after.citizenId()).isNull();
        assertThat(after.phone()).isNull();
        assertThat(after.hiCardNumber()).isNull();
        assertThat(after.birthDate()).as("kept: ages at each period's end are counted from it").isNotNull();
        assertThat(after.birthYear()).isEqualTo(1958);
        assertThat(after.sex()).isEqualTo(Person.Sex.F);
        assertThat(loans.ofClub(club, NATION)).singleElement().extracting(Loans.Loan::personName).isEqualTo(pseudonym);
        assertThat(jdbc.sql("select count(*) from health_reading where person_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_event where target = :t order by id desc limit 1")
                .param("t", "person:" + person).query(String.class).single()).isEqualTo("person.anonymised");
        assertThatThrownBy(() -> anonymisation.anonymise(person, "lần nữa", "t", NATION))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "members.anonymise.already");
    }

    private List<String> figures() {
        return jdbc.sql("""
                        select 'club ' || club_id || ' ' || period_kind || period_start || ' ' || code || dims || '=' || value
                        from rpt_club_fact
                        union all
                        select 'area ' || boundaries || area || ' ' || period_kind || period_start || ' ' || code || dims
                               || '=' || value
                        from rpt_area_fact
                        order by 1""").query(String.class).list();
    }

    private List<String> balances(UUID club) {
        return funds.of(club, NATION).stream().map(f -> f.id() + " " + f.cash() + " " + f.loans()).toList();
    }

    private String ledger() {
        return jdbc.sql("""
                        select count(*) || ' ' || md5(coalesce(string_agg(e::text, ',' order by e::text), '')) || ' '
                               || (select md5(coalesce(string_agg(l::text, ',' order by l::text), '')) from ledger_line l)
                        from ledger_entry e""").query(String.class).single();
    }
}
