package vn.ishc.reporting;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ishc.activities.ActivityRecorded;
import vn.ishc.activities.EntitlementChanged;
import vn.ishc.clubs.ClubChanged;
import vn.ishc.funds.FundMoved;
import vn.ishc.funds.LoanChanged;
import vn.ishc.geography.VillageChanged;
import vn.ishc.homecare.HomeCareChanged;
import vn.ishc.homecare.VisitRecorded;
import vn.ishc.meetings.AttendanceRecorded;
import vn.ishc.meetings.HealthChanged;
import vn.ishc.meetings.MeetingRecorded;
import vn.ishc.meetings.ReadingRecorded;
import vn.ishc.meetings.ReadingWithdrawn;
import vn.ishc.members.MemberChanged;
import vn.ishc.members.MembershipFacts;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.PeopleMerged;

/**
 * Notes which clubs' figures a change touches, in the transaction that makes the change: a change is
 * never lost between its record and its figures, and the worker computes them shortly after.
 */
@Component
class FigureFeed {

    private static final Object MARKED = new Object();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MembershipFacts memberships;

    FigureFeed(JdbcClient jdbc, JdbcTemplate batch, MembershipFacts memberships) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.memberships = memberships;
    }

    void mark(UUID clubId) {
        if (markedInThisTransaction().add(clubId)) {
            jdbc.sql("insert into rpt_dirty (club_id) values (:c)").param("c", clubId).update();
        }
    }

    void markAll(Collection<UUID> clubIds) {
        Set<UUID> marked = markedInThisTransaction();
        List<Object[]> rows = clubIds.stream().filter(marked::add).map(id -> new Object[] {id}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into rpt_dirty (club_id) values (?)", rows);
        }
    }

    /**
     * The clubs already noted by the transaction under way: a meeting book of a year or a sheet of sixty
     * members notes its club once, not once a record.
     */
    @SuppressWarnings("unchecked")
    private static Set<UUID> markedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<UUID> marked = (Set<UUID>) TransactionSynchronizationManager.getResource(MARKED);
        if (marked == null) {
            Set<UUID> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(MARKED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MARKED);
                }
            });
            marked = fresh;
        }
        return marked;
    }

    private void markClubsOf(UUID personId) {
        markAll(memberships.clubsOf(personId, AreaScope.nation()));
    }

    @EventListener
    void on(ClubChanged e) {
        mark(e.clubId());
    }

    @EventListener
    void on(MemberChanged e) {
        // The club an event names may not hold the membership yet (a sheet saves its rows after its events).
        if (e.clubId() != null) {
            mark(e.clubId());
        }
        // Any other change of a person (a membership, a date of birth) counts in every club they have been in;
        // a person just created has no other.
        if (!e.action().equals("person.enrolled") && !e.action().equals("person.created")) {
            markClubsOf(e.personId());
        }
    }

    @EventListener
    void on(PeopleMerged e) {
        markClubsOf(e.kept());
    }

    @EventListener
    void on(HealthChanged e) {
        markClubsOf(e.personId());
    }

    @EventListener
    void on(MeetingRecorded e) {
        mark(e.clubId());
    }

    @EventListener
    void on(AttendanceRecorded e) {
        mark(e.clubId());
    }

    @EventListener
    void on(ReadingRecorded e) {
        mark(e.clubId());
    }

    @EventListener
    void on(ReadingWithdrawn e) {
        mark(e.clubId());
    }

    @EventListener
    void on(ActivityRecorded e) {
        mark(e.clubId());
    }

    @EventListener
    void on(EntitlementChanged e) {
        mark(e.clubId());
    }

    @EventListener
    void on(VisitRecorded e) {
        mark(e.clubId());
    }

    @EventListener
    void on(HomeCareChanged e) {
        mark(e.clubId());
    }

    @EventListener
    void on(FundMoved e) {
        mark(e.clubId());
    }

    @EventListener
    void on(LoanChanged e) {
        mark(e.clubId());
    }

    @EventListener
    void on(VillageChanged e) {
        // A village placed under its new commune moves its clubs on today's map.
        List<UUID> clubs = jdbc.sql("select club_id from rpt_club_place where village_id = :v").param("v", e.villageId())
                .query(UUID.class).list();
        markAll(clubs);
    }
}
