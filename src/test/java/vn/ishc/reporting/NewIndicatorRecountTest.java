package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;

/**
 * An indicator added to the code is counted for every club kept without a migration to note them: the worker
 * keeps the codes it last counted, and when the codes of the running version differ it counts every club again.
 */
@SpringBootTest
class NewIndicatorRecountTest {

    @Autowired
    FigureWorker worker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyClubIsCountedAgainOnceWhenTheCodesComputedChange() {
        UUID club = ClubFixtures.aClub(clubs, villages, units, "06196", LocalDate.of(2025, 3, 1)).id();
        worker.drain();
        assertThat(notedByANewDay(club)).as("same day, same codes").isZero();

        // As if the figures kept were counted by a version without the latest code.
        jdbc.sql("update rpt_state set value = 'CLUBS_ACTIVE' where name = 'codes_computed'").update();
        assertThat(notedByANewDay(club)).isEqualTo(1);
        worker.drain();
        assertThat(notedByANewDay(club)).isZero();
    }

    /**
     * Whether the worker's pass of a new day notes the club, seen in the pass's own transaction (the scheduled
     * worker, which may take the note a moment later, sees it only once it is committed).
     */
    long notedByANewDay(UUID club) {
        return new TransactionTemplate(transactions).execute(s -> {
            worker.newDay();
            return jdbc.sql("select count(*) from rpt_dirty where club_id = :c").param("c", club).query(Long.class)
                    .single();
        });
    }
}
