package vn.ishc.exchange;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.exchange.ImportStore.CheckedRow;
import vn.ishc.exchange.ImportStore.Outcome;
import vn.ishc.members.MemberLists;
import vn.ishc.members.NewMember;
import vn.ishc.members.PersonUpdate;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.UserFacingException;

/**
 * Saves a confirmed batch on a background thread: every added and updated member in one transaction,
 * so that a failure halfway saves nothing; progress is written beside it in transactions of its own,
 * so that the page can show it while the save is under way.
 */
@Component
class ImportSaver {

    private static final Logger log = LoggerFactory.getLogger(ImportSaver.class);

    private final MemberLists lists;
    private final ImportStore store;
    private final TransactionTemplate saving;
    private final TransactionTemplate aside;
    private final ExecutorService executor;

    ImportSaver(MemberLists lists, ImportStore store, PlatformTransactionManager transactions) {
        this.lists = lists;
        this.store = store;
        this.saving = new TransactionTemplate(transactions);
        this.aside = new TransactionTemplate(transactions);
        this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "member-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts saving once the transaction that marked the batch as saving has committed. */
    void startAfterCommit(UUID batchId, UUID clubId, String actor, AreaScope scope) {
        Runnable start = () -> executor.execute(() -> save(batchId, clubId, actor, scope));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
    }

    void save(UUID batchId, UUID clubId, String actor, AreaScope scope) {
        long started = System.nanoTime();
        try {
            int[] counts = saving.execute(status -> {
                List<NewMember> adds = new ArrayList<>();
                List<PersonUpdate> updates = new ArrayList<>();
                for (CheckedRow row : store.rowsToSave(batchId)) {
                    if (row.outcome() == Outcome.ADD) {
                        adds.add(new NewMember(null, row.details(), row.joinedOn()));
                    } else {
                        updates.add(new PersonUpdate(row.personId(), row.version(), row.details()));
                    }
                }
                int added = lists.enrolAll(clubId, adds, actor, scope, done -> progress(batchId, done));
                int updated = lists.updateAll(clubId, updates, actor, scope, done -> progress(batchId, added + done));
                store.move(batchId, List.of(ImportBatch.Status.SAVING), ImportBatch.Status.SAVED, actor);
                store.progress(batchId, added + updates.size());
                return new int[] {added, updated};
            });
            log.info("Import {} of club {} saved: {} added, {} updated in {} ms", batchId, clubId, counts[0], counts[1],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (UserFacingException e) {
            log.info("Import {} of club {} refused while saving: {}", batchId, clubId, e.messageKey());
            aside.executeWithoutResult(s -> store.failed(batchId, e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).map(RowChecker::masked).toList()));
        } catch (RuntimeException e) {
            log.error("Import {} of club {} failed while saving; nothing was saved", batchId, clubId, e);
            aside.executeWithoutResult(s -> store.failed(batchId, "exchange.confirm.failed", List.of()));
        }
    }

    private void progress(UUID batchId, int done) {
        aside.executeWithoutResult(s -> store.progress(batchId, done));
    }

    /** Saving under way when the application stopped was rolled back: the batch says it failed. */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        int n = aside.execute(s -> store.failAbandoned());
        if (n > 0) {
            log.info("{} imports interrupted by a stop were marked as failed; nothing of them was saved", n);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
