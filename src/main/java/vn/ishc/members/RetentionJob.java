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

/**
 * Once a day, anonymises the people whose last membership ended {@link RetentionPolicy#leftYears()} years
 * ago or more, unless a module still needs their data (an open loan). Each is audited as done by "system".
 */
@Component
public class RetentionJob {

    static final String ACTOR = "system:retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final Anonymisation anonymisation;
    private final List<OpenObligations> obligations;
    private final RetentionPolicy policy;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, Anonymisation anonymisation, List<OpenObligations> obligations,
                 RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.anonymisation = anonymisation;
        this.obligations = obligations;
        this.policy = policy;
        this.clock = clock;
    }

    /** Anonymises everyone past the retention period on today's date; returns how many. */
    @Scheduled(cron = "${ishc.retention.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int run() {
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
