package vn.ishc.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Computes the figures of the clubs whose records changed, a batch at a time, a moment after the
 * change; once a day (the running month is counted as it stands on the day) every club again.
 *
 * <p>The rebuild computes every figure again from the records, for recovery, and gives the same numbers
 * as the figures kept up to date. It computes them beside the kept figures (the {@code rpt_next_}
 * tables), which readers go on reading and the worker goes on keeping up to date meanwhile; once every
 * club is computed, one short transaction replaces the kept figures by the new ones and has every figure
 * held in memory read again. A change committed while the rebuild runs may be missing from what it
 * computed (it read that club's records before), so while a rebuild runs the worker notes each club it
 * computes in {@code rpt_rebuild_changed} (as does the rebuild for a club it could not compute), and the
 * transaction that keeps the new figures marks those clubs to be computed again: the figures then equal
 * the records. Whether a rebuild runs is read from {@code rpt_state} in the worker's transaction, under
 * the lock that the start and the end of a rebuild take too, so no club computed meanwhile is missed.
 */
@Component
class FigureWorker {

    private static final Logger log = LoggerFactory.getLogger(FigureWorker.class);
    // Clubs computed together: their records are in memory at once, so this bounds the heap a rebuild needs.
    private static final int BATCH = 100;
    // One refresh at a time, whichever thread or instance runs it: the sums are added to, not set.
    static final long LOCK = 0x15C8_0001L;

    private final JdbcClient jdbc;
    private final FigureStore store;
    private final FigureFeed feed;
    private final Clubs clubs;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    /** Run by a rebuild once it has computed every club, before its figures take the place of the kept ones (tests hold it here). */
    volatile Runnable beforeSwitch = () -> { };

    FigureWorker(JdbcClient jdbc, FigureStore store, FigureFeed feed, Clubs clubs,
                 org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.feed = feed;
        this.clubs = clubs;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** Computes every club noted as changed; returns how many clubs it computed. */
    @Scheduled(fixedDelayString = "${ishc.reporting.refresh-every:PT0.25S}")
    public int drain() {
        int done = 0;
        List<UUID> taken;
        do {
            taken = tx.execute(s -> {
                lock();
                // The clubs noted first, a bounded number at a time (their records are read together), each with
                // every note it has: a club is computed once however often it was noted.
                List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(jdbc.sql("""
                        delete from rpt_dirty where club_id in (
                            select club_id from rpt_dirty group by club_id order by min(id) limit :n)
                        returning club_id""").param("n", BATCH).query(UUID.class).list()));
                if (!ids.isEmpty()) {
                    // While a rebuild runs, the clubs to compute again once its figures are kept.
                    jdbc.sql("""
                            insert into rpt_rebuild_changed (club_id)
                            select unnest(cast(:ids as uuid[])) where exists (select 1 from rpt_state where name = 'rebuilding')
                            on conflict do nothing""").param("ids", ids.toArray(UUID[]::new)).update();
                }
                try {
                    savepoint.execute(inner -> {
                        store.refresh(ids);
                        return null;
                    });
                    jdbc.sql("delete from rpt_failed where club_id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                            .update();
                } catch (RuntimeException batchFailed) {
                    ids.forEach(this::refreshAlone);
                }
                return ids;
            });
            done += taken.size();
        } while (!taken.isEmpty());
        if (done > 0) {
            // Every club noted when the codes changed has been counted with them.
            tx.executeWithoutResult(s -> jdbc.sql(
                    "delete from rpt_state where name = 'codes_pending' and not exists (select 1 from rpt_dirty)").update());
        }
        return done;
    }

    /** One club of a batch that failed, in a nested transaction of its own: a fault in one never holds up the rest. */
    private void refreshAlone(UUID clubId) {
        try {
            savepoint.execute(inner -> {
                store.refresh(List.of(clubId));
                return null;
            });
            jdbc.sql("delete from rpt_failed where club_id = :c").param("c", clubId).update();
        } catch (RuntimeException e) {
            log.error("Figures of club {} could not be computed", clubId, e);
            jdbc.sql("""
                    insert into rpt_failed (club_id, error) values (:c, :e) on conflict (club_id)
                    do update set error = excluded.error, failed_at = now()""")
                    .param("c", clubId).param("e", String.valueOf(e)).update();
        }
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query(Object.class).list();
    }

    /**
     * The codes this version computes, as kept beside the figures: a code added (or taken away) makes every club
     * counted again at start, so an indicator is added without a migration to note the clubs. The codes kept to
     * count others from, which are no indicators, are among them from the clubs' months missed on.
     */
    static final String CODES = Stream.concat(Arrays.stream(Indicator.values()).map(Enum::name),
                    Stream.of(Sums.MISSED_BEFORE))
            .collect(Collectors.joining(","));

    /**
     * Whether every club's kept figures hold every code this version computes: not while the clubs are being
     * counted again after the codes changed (an upgrade), when the sums of a code new to the version cover
     * only the clubs counted so far. Figures read from such a code (a free range's clubs that met every month)
     * are counted from the clubs meanwhile.
     */
    static boolean everyCodeKept(JdbcClient jdbc) {
        return jdbc.sql("select not exists (select 1 from rpt_state where name = 'codes_pending')")
                .query(Boolean.class).single();
    }

    /**
     * Once the day has moved on, every club is counted again (the running month as it stands that day); so too
     * when the codes computed are not those the figures kept were counted with.
     */
    @Scheduled(cron = "${ishc.reporting.daily:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @EventListener(ApplicationReadyEvent.class)
    public void newDay() {
        String today = BusinessCalendar.today(clock).toString();
        if (today.equals(state("computed_on")) && CODES.equals(state("codes_computed"))) {
            return;
        }
        Boolean marked = tx.execute(s -> {
            // Instances pass midnight (and start) together: the first to hold the worker's lock notes the clubs,
            // the others then find the day noted.
            lock();
            String computed = state("codes_computed");
            if (today.equals(state("computed_on")) && CODES.equals(computed)) {
                return false;
            }
            feed.markAll(allClubIds());
            jdbc.sql("delete from rpt_failed").update();
            keep("computed_on", today);
            keep("codes_computed", CODES);
            if (!CODES.equals(computed)) {
                keep("codes_pending", CODES);
            }
            return true;
        });
        if (Boolean.TRUE.equals(marked)) {
            log.info("Figures of every club to be computed for {}", today);
        }
    }

    private String state(String name) {
        return jdbc.sql("select value from rpt_state where name = :n").param("n", name).query(String.class).optional()
                .orElse(null);
    }

    private void keep(String name, String value) {
        jdbc.sql("""
                insert into rpt_state (name, value) values (:n, :v) on conflict (name)
                do update set value = excluded.value""").param("n", name).param("v", value).update();
    }

    /**
     * Computes every figure again from the records beside the kept ones, then keeps them in their place and
     * computes again the clubs changed meanwhile; returns how many clubs it computed.
     */
    public int rebuild() {
        long start = System.nanoTime();
        FigureStore beside = store.beside();
        tx.executeWithoutResult(s -> {
            lock();
            beside.clearBeside();
            jdbc.sql("delete from rpt_rebuild_changed").update();
            jdbc.sql("""
                    insert into rpt_state (name, value) values ('rebuilding', :at) on conflict (name)
                    do update set value = excluded.value""").param("at", clock.instant().toString()).update();
        });
        int n = 0;
        boolean kept = false;
        try {
            List<UUID> all = allClubIds();
            for (int from = 0; from < all.size(); from += BATCH) {
                List<UUID> ids = all.subList(from, Math.min(all.size(), from + BATCH));
                tx.executeWithoutResult(s -> {
                    try {
                        savepoint.execute(inner -> {
                            beside.refresh(ids);
                            return null;
                        });
                    } catch (RuntimeException batchFailed) {
                        ids.forEach(id -> rebuildAlone(beside, id));
                    }
                });
                n += ids.size();
            }
            beforeSwitch.run();
            long switching = System.nanoTime();
            tx.executeWithoutResult(s -> {
                lock();
                store.keepRebuilt();
                // A club failed before and computed now by the rebuild has its figures; the others are taken again.
                jdbc.sql("delete from rpt_failed where club_id not in (select club_id from rpt_rebuild_changed)").update();
                jdbc.sql("insert into rpt_dirty (club_id) select club_id from rpt_rebuild_changed order by club_id").update();
                jdbc.sql("delete from rpt_rebuild_changed").update();
                jdbc.sql("delete from rpt_state where name = 'rebuilding'").update();
            });
            kept = true;
            log.info("Figures of the rebuild kept in place of the previous ones in {} ms", (System.nanoTime() - switching) / 1_000_000);
        } finally {
            if (!kept) {
                tx.executeWithoutResult(s -> {
                    lock();
                    beside.clearBeside();
                    jdbc.sql("delete from rpt_rebuild_changed").update();
                    jdbc.sql("delete from rpt_state where name = 'rebuilding'").update();
                });
            }
        }
        log.info("Figures rebuilt beside the kept ones for {} clubs in {} ms; {} clubs computed again since it began",
                n, (System.nanoTime() - start) / 1_000_000, drain());
        return n;
    }

    /** A club of a rebuild's batch that failed, alone: noted as failed, and taken again once the rebuild's figures are kept. */
    private void rebuildAlone(FigureStore beside, UUID clubId) {
        try {
            savepoint.execute(inner -> {
                beside.refresh(List.of(clubId));
                return null;
            });
        } catch (RuntimeException e) {
            log.error("Figures of club {} could not be computed by the rebuild", clubId, e);
            jdbc.sql("""
                    insert into rpt_failed (club_id, error) values (:c, :e) on conflict (club_id)
                    do update set error = excluded.error, failed_at = now()""")
                    .param("c", clubId).param("e", String.valueOf(e)).update();
            jdbc.sql("insert into rpt_rebuild_changed (club_id) values (:c) on conflict do nothing").param("c", clubId).update();
        }
    }

    private List<UUID> allClubIds() {
        List<UUID> ids = new ArrayList<>();
        int offset = 0;
        List<Club> page;
        do {
            page = clubs.list(new ClubFilter(null, null, null, null, null), AreaScope.nation(), offset, 1000);
            page.forEach(c -> ids.add(c.id()));
            offset += page.size();
        } while (page.size() == 1000);
        return ids;
    }
}
