package vn.ishc.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.DoubleSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The figure worker as an operator watches it: how far behind it is (the age of the oldest change not yet
 * counted), how many clubs wait, and how many clubs' figures could not be computed. Read from the database
 * at each scrape, so every instance reports the same; not a number while the database cannot be reached.
 */
@Component
class FigureWorkerMetrics implements MeterBinder {

    private final FigureWorkerStatus status;

    FigureWorkerMetrics(FigureWorkerStatus status) {
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ishc.figures.lag", status, s -> read(s::lagSeconds))
                .description("Age of the oldest change of a club not yet counted in the figures").baseUnit("seconds")
                .register(registry);
        Gauge.builder("ishc.figures.waiting", status, s -> read(s::waiting))
                .description("Clubs whose figures wait to be computed").register(registry);
        Gauge.builder("ishc.figures.failed", status, s -> read(s::failedCount))
                .description("Clubs whose figures could not be computed (see the log and rpt_failed)").register(registry);
    }

    private static double read(DoubleSupplier value) {
        try {
            return value.getAsDouble();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
