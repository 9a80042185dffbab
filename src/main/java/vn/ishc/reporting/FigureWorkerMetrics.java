package vn.ishc.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figure worker as an operator watches it: how far behind it is (the age of the oldest change not yet
 * counted), how many clubs wait, and how many clubs' figures could not be computed. Read from the database
 * at each scrape, so every instance reports the same; not a number while the database cannot be reached.
 */
@Component
class FigureWorkerMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    FigureWorkerMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ishc.figures.lag", this,
                        m -> m.read("select coalesce(extract(epoch from now() - min(marked_at)), 0) from rpt_dirty"))
                .description("Age of the oldest change of a club not yet counted in the figures").baseUnit("seconds")
                .register(registry);
        Gauge.builder("ishc.figures.waiting", this, m -> m.read("select count(distinct club_id) from rpt_dirty"))
                .description("Clubs whose figures wait to be computed").register(registry);
        Gauge.builder("ishc.figures.failed", this, m -> m.read("select count(*) from rpt_failed"))
                .description("Clubs whose figures could not be computed (see the log and rpt_failed)").register(registry);
    }

    private double read(String sql) {
        try {
            return jdbc.sql(sql).query(Double.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
