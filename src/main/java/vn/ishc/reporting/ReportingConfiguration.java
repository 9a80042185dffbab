package vn.ishc.reporting;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.TaskUtils;
import vn.ishc.shared.DatabaseOutage;

/** The figures are kept fresh by a worker on a schedule. */
@Configuration
@EnableScheduling
class ReportingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportingConfiguration.class);
    private static final long QUIET_MILLIS = 60_000;

    /**
     * While the database cannot be reached the worker fails every few seconds: that is said in one line once a
     * minute instead of a stack trace each time. It runs again on its schedule, so it resumes by itself once
     * the database is back; any other failure is logged in full, as before.
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledWorkDuringDatabaseOutage() {
        AtomicLong lastSaid = new AtomicLong();
        return scheduler -> scheduler.setErrorHandler(failure -> {
            if (!DatabaseOutage.isCauseOf(failure)) {
                TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
                return;
            }
            long now = System.currentTimeMillis();
            long last = lastSaid.get();
            if (now - last >= QUIET_MILLIS && lastSaid.compareAndSet(last, now)) {
                log.warn("Scheduled work waits for the database, which cannot be reached ({})",
                        NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            }
        });
    }
}
