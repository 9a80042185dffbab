package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** The daily job anonymises people who left ten years ago or more, unless they still have an open loan. */
@SpringBootTest
class RetentionJobTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    RetentionJob job;
    @Autowired
    Members members;
    @Autowired
    Loans loans;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    @Test
    void anonymisesWhoLeftTenYearsAgoAndKeepsTheRecentTheActiveAndBorrowers() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(12);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", founded);
        UUID leftLongAgo = member(club, founded, "Lục Văn Xa", today.minusYears(10));
        UUID leftLately = member(club, founded, "Lục Văn Gần", today.minusYears(10).plusDays(1));
        UUID stays = member(club, founded, "Lục Thị Ở", null);
        loans.approveRules(club.id(), new Loans.Rules(null, null, founded, 10_000_000, 12, new BigDecimal("0.008"),
                LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0, new BigDecimal("0.01"),
                "Thành viên"), "bcn", NATION);
        UUID borrower = member(club, founded, "Lục Văn Vay", null);
        loans.apply(club.id(), borrower, 1_000_000, Loans.Purpose.CROPS, "Giống lúa", 12, founded.plusMonths(1), "t", NATION);
        members.leave(members.person(borrower, NATION).memberships().get(0).membership().id(), today.minusYears(11),
                LeavingReason.MOVED, "t", NATION);

        assertThat(job.run()).isGreaterThanOrEqualTo(1);

        assertThat(name(leftLongAgo)).isEqualTo(Anonymisation.pseudonym(leftLongAgo));
        assertThat(name(leftLately)).isEqualTo("Lục Văn Gần");
        assertThat(name(stays)).isEqualTo("Lục Thị Ở");
        assertThat(name(borrower)).isEqualTo("Lục Văn Vay");
        assertThat(job.run()).isZero();
    }

    /** Two instances fire the job together: while one runs it, the other leaves it and changes nothing. */
    @Test
    void runsOnOneInstanceAtATime() throws Exception {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(12);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06004", founded);
        UUID leftLongAgo = member(club, founded, "Lục Văn Hai", today.minusYears(11));
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            other.setAutoCommit(true);
            s.execute("select pg_advisory_lock(" + RetentionJob.LOCK + ")");
            try {
                assertThat(job.run()).isZero();
                assertThat(name(leftLongAgo)).isEqualTo("Lục Văn Hai");
            } finally {
                s.execute("select pg_advisory_unlock(" + RetentionJob.LOCK + ")");
            }
        }
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        assertThat(name(leftLongAgo)).isEqualTo(Anonymisation.pseudonym(leftLongAgo));
    }

    private UUID member(Club club, LocalDate joined, String name, LocalDate leftOn) {
        MemberRow row = members.enrol(null, MembersTest.details(name, "Nam", "1950", "Khác"), club.id(), joined, "t",
                NATION);
        if (leftOn != null) {
            members.leave(row.membershipId(), leftOn, LeavingReason.MOVED, "t", NATION);
        }
        return row.person().id();
    }

    private String name(UUID person) {
        return members.person(person, NATION).person().fullName();
    }
}
