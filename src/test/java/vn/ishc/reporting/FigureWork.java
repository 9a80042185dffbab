package vn.ishc.reporting;

import org.springframework.context.ApplicationContext;

/** The figure worker's rebuild and drain, for the benchmarks, which live outside the module. */
public final class FigureWork {

    /** The figures that count people over a period as a whole, which a range of months counts from the range rows. */
    public static final java.util.Set<String> RANGE_PEOPLE = RangePeople.CODES;

    private final FigureWorker worker;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public FigureWork(ApplicationContext context) {
        this.worker = context.getBean(FigureWorker.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    /** What a rebuild does to the figures held in memory: all are read again. */
    public void changed() {
        FigureCache.changedAll(jdbc);
    }

    /** What the worker does when it writes a change of clubs of a province: that province's and the nation's figures are read again. */
    public void changedIn(String province) {
        FigureCache.changed(jdbc, java.util.Set.of(province));
    }

    /** Computes every figure again beside the kept ones and keeps them in their place; returns how many clubs were computed. */
    public int rebuild() {
        return worker.rebuild();
    }

    /** Computes every club noted as changed; returns how many clubs it computed. */
    public int drain() {
        return worker.drain();
    }
}
