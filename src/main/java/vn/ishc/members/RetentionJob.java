package vn.ishc.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.ExpiringRecords;

/**
 * Once a day, anonymises the people whose last membership ended {@link RetentionPolicy#leftYears()} years
 * ago or more, unless a module still needs their data (an open loan), each audited as done by "system"; then
 * has each module remove or clear its records of every other kind past that kind's period.
 */
@Component
public class RetentionJob {

    static final String ACTOR = "system:retention";
    /** The advisory lock that one instance holds while it runs the job. */
    static final long LOCK = 0x15C8_0011L;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final Anonymisation anonymisation;
    private final List<OpenObligations> obligations;
    private final List<ExpiringRecords> expiring;
    private final RetentionPolicy policy;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, Anonymisation anonymisation, List<OpenObligations> obligations,
                 List<ExpiringRecords> expiring, RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.expiring = expiring;
        this.anonymisation = anonymisation;
        this.obligations = obligations;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Anonymises everyone past the retention period on today's date, then removes the records of each other
     * kind past its own; returns how many people were anonymised.
     */
    @Scheduled(cron = "${ishc.retention.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int run() {
        // Every instance's schedule fires at the same time: one runs the job, the others leave it (a run after it
        // finds nothing more due).
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
            log.info("Retention: running on another instance");
            return 0;
        }
        int people = anonymiseWhoLeft();
        LocalDate today = BusinessCalendar.today(clock);
        for (ExpiringRecords records : expiring) {
            int years = policy.years(records.kind());
            if (years > 0) {
                int gone = records.expire(today.minusYears(years));
                log.info("Retention: {} {} older than {} years removed or cleared", gone, records.kind(), years);
            }
        }
        return people;
    }

    private int anonymiseWhoLeft() {
        if (policy.leftYears() == 0) {
            return 0;
        }
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate leftBy = today.minusYears(policy.leftYears());
        List<UUID> due = jdbc.sql("""
                        select p.id from person p
                        where p.anonymised_on is null
                          and exists (select 1 from membership m where m.person_id = p.id)
                          and not exists (select 1 from membership m where m.person_id = p.id
                                          and (m.left_on is null or m.left_on > :leftBy))
                        order by p.id""")
                .param("leftBy", leftBy).query(UUID.class).list();
        Set<UUID> kept = new HashSet<>();
        obligations.forEach(o -> kept.addAll(o.holding(due)));
        int done = 0;
        for (UUID person : due) {
            if (!kept.contains(person)) {
                anonymisation.anonymise(person, ACTOR, today, Map.of("reason", "retention",
                        "leftYears", policy.leftYears()));
                done++;
            }
        }
        log.info("Retention: {} people who left {} or more years ago anonymised, {} kept for open obligations",
                done, policy.leftYears(), kept.size());
        return done;
    }
}
