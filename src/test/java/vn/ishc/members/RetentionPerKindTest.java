package vn.ishc.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.HomeCareFixtures;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.shared.BusinessCalendar;

/**
 * Each kind of record is kept for its own period ({@code ishc.retention.*}, defaults): the daily job removes or
 * clears what is older, a day before the period's end, and keeps what is a day younger.
 */
@SpringBootTest
class RetentionPerKindTest {

    @Autowired
    RetentionJob job;
    @Autowired
    RetentionPolicy policy;
    @Autowired
    JdbcClient jdbc;
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
    Clock clock;

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /** Noon, Vietnam's time, on the day. */
    Timestamp at(LocalDate day) {
        return Timestamp.from(ZonedDateTime.of(day.atTime(12, 0), BusinessCalendar.ZONE).toInstant());
    }

    @Test
    void thePeriodsAreTheDocumentedDefaults() {
        assertThat(policy).isEqualTo(new RetentionPolicy(10, 5, 1, 5, 1));
    }

    @Test
    void signInFailuresOfMoreThanAYearAgoGoAndYoungerStay() {
        String old = "old-" + UUID.randomUUID();
        String young = "young-" + UUID.randomUUID();
        insertFailure(old, today().minusYears(1).minusDays(1));
        insertFailure(young, today().minusYears(1).plusDays(1));

        job.run();

        assertThat(jdbc.sql("select key from sign_in_failure where key in (:k)").param("k", java.util.List.of(old, young))
                .query(String.class).list()).containsExactly(young);
    }

    @Test
    void healthReadLinesOfMoreThanFiveYearsAgoGoAndYoungerStay() {
        String actor = "reader-" + UUID.randomUUID();
        insertRead(actor, "old", today().minusYears(5).minusDays(1));
        insertRead(actor, "young", today().minusYears(5).plusDays(1));

        job.run();

        assertThat(jdbc.sql("select target from health_read where actor = :a").param("a", actor).query(String.class)
                .list()).containsExactly("young");
    }

    @Test
    void heldSubmissionsDecidedMoreThanAYearAgoGoAndYoungerOrUndecidedStay() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", today().minusYears(3));
        UUID old = heldMeeting(club, today().minusYears(1).minusDays(1));
        UUID young = heldMeeting(club, today().minusYears(1).plusDays(1));
        UUID waiting = heldMeeting(club, null);
        UUID oldMoney = heldMoney(club, today().minusYears(1).minusDays(1));
        UUID youngMoney = heldMoney(club, today().minusYears(1).plusDays(1));

        job.run();

        assertThat(jdbc.sql("select id from held_meeting_submission where club_id = :c").param("c", club.id())
                .query(UUID.class).list()).containsExactlyInAnyOrder(young, waiting);
        assertThat(jdbc.sql("select id from held_money_submission where club_id = :c").param("c", club.id())
                .query(UUID.class).list()).containsExactly(youngMoney).doesNotContain(oldMoney);
    }

    @Test
    void homeVisitObservationsOfMoreThanFiveYearsAgoAreClearedAndTheVisitsStay() {
        LocalDate founded = today().minusYears(7);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", founded);
        MemberRow mo = HomeCareFixtures.aMember(members, club, "Đinh Thị Mơ", founded);
        CareRecipient r = HomeCareFixtures.aRecipient(team, plans, club, mo.person().id(), null, founded, 2,
                PlanPeriod.WEEK);
        UUID old = visit(club, r, today().minusYears(5).minusDays(1));
        UUID young = visit(club, r, today().minusYears(5).plusDays(1));

        job.run();

        assertThat(jdbc.sql("select id::text || ':' || coalesce(observations, '-') from home_visit where recipient_id = :r"
                        + " order by visited_on").param("r", r.id()).query(String.class).list())
                .containsExactly(old + ":-", young + ":Bà kêu đau lưng, con trai đi làm xa");
    }

    private void insertFailure(String key, LocalDate last) {
        jdbc.sql("insert into sign_in_failure (kind, key, failures, last_failure) values ('account', :k, 3, :at)")
                .param("k", key).param("at", at(last)).update();
    }

    private void insertRead(String actor, String target, LocalDate on) {
        jdbc.sql("insert into health_read (at, actor, what, target, person_ids) values (:at, :a, 'HEALTH_PAGE', :t,"
                        + " array[gen_random_uuid()])").param("at", at(on)).param("a", actor).param("t", target).update();
    }

    private UUID heldMeeting(Club club, LocalDate resolved) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into held_meeting_submission (id, club_id, client_id, body, submitted_by, reason,
                                                             resolved_at, resolved_by, resolution)
                        values (:id, :c, gen_random_uuid(), '{}', 't', 'REFUSED', :at, :by, :res)""")
                .param("id", id).param("c", club.id()).param("at", resolved == null ? null : at(resolved))
                .param("by", resolved == null ? null : "t").param("res", resolved == null ? null : "DROPPED_ON_PHONE")
                .update();
        return id;
    }

    private UUID heldMoney(Club club, LocalDate resolved) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into held_money_submission (id, club_id, submission, meeting_day, lines, refusal_key,
                                                           submitted_by, resolved_at, resolved_by, resolution)
                        values (:id, :c, :s, :day, '[]', 'k', 't', :at, 't', 'DROPPED')""")
                .param("id", id).param("c", club.id()).param("s", id.toString()).param("day", resolved)
                .param("at", at(resolved)).update();
        return id;
    }

    private UUID visit(Club club, CareRecipient r, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into home_visit (id, recipient_id, club_id, visited_on, tasks, observations, created_by,
                                                updated_by)
                        values (:id, :r, :c, :on, 'Đo huyết áp', 'Bà kêu đau lưng, con trai đi làm xa', 't', 't')""")
                .param("id", id).param("r", r.id()).param("c", club.id()).param("on", on).update();
        return id;
    }
}
