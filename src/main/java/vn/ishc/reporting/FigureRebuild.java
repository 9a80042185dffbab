package vn.ishc.reporting;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The full rebuild of the figures from the records, for recovery: at start-up with
 * {@code --ishc.reporting.rebuild=true}, or asked by a national administrator
 * ({@code POST /api/v1/indicators/rebuild}), one at a time, in the background. The figures are computed
 * beside the kept ones, which readers go on reading until the new ones take their place (see
 * {@link FigureWorker}); meanwhile the dashboard says that the figures shown are the previous ones.
 */
@Component
public class FigureRebuild implements ApplicationRunner {

    private final FigureWorker worker;
    private final boolean atStart;
    private final AtomicBoolean running = new AtomicBoolean();

    FigureRebuild(FigureWorker worker, @Value("${ishc.reporting.rebuild:false}") boolean atStart) {
        this.worker = worker;
        this.atStart = atStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (atStart && running.compareAndSet(false, true)) {
            try {
                worker.rebuild();
            } finally {
                running.set(false);
            }
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(() -> {
            try {
                worker.rebuild();
            } finally {
                running.set(false);
            }
        }, "figures-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Whether a rebuild started by this instance runs. */
    public boolean running() {
        return running.get();
    }
}
