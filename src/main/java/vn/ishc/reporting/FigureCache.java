package vn.ishc.reporting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures read from the kept figures, held in memory while those stay as they were: every change the
 * worker writes (or a rebuild) raises the generation in {@code rpt_generation} in its own transaction,
 * and a held answer of an earlier generation is computed again. The first reading after a change costs
 * what it always did; the next ones, until the following change, cost one read of the generation. Held
 * at most {@code ishc.reporting.cache-figures} figures (400,000 by default, some 60 MB), and at most ten
 * minutes, for what the figures take from outside them (the units of the map).
 */
@Component
class FigureCache {

    /** What was asked: which reading, of which area, period, map and scope, on which business day. */
    record Key(String what, String area, String period, char boundaries, String scope, java.time.LocalDate today) {
    }

    private record Held(long generation, Object value, int weight) {
    }

    private final JdbcClient jdbc;
    private final Cache<Key, Held> held;

    FigureCache(JdbcClient jdbc, @Value("${ishc.reporting.cache-figures:400000}") long most) {
        this.jdbc = jdbc;
        this.held = Caffeine.newBuilder().maximumWeight(most).weigher((Key k, Held h) -> h.weight())
                .expireAfterWrite(Duration.ofMinutes(10)).build();
    }

    /** Notes, in the caller's transaction, that the kept figures changed. */
    static void changed(JdbcClient jdbc) {
        jdbc.sql("update rpt_generation set value = value + 1 where id = 1").update();
    }

    /** The figures' generation now. */
    long generation() {
        return jdbc.sql("select value from rpt_generation where id = 1").query(Long.class).single();
    }

    /**
     * The answer held for the key if the figures have not changed since, else the one computed now (and
     * held; {@code weight} is how many figures it has). The generation is read before computing: an answer
     * computed while a change commits is held under the earlier one and computed again on the next asking.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute, java.util.function.ToIntFunction<T> weight) {
        long now = generation();
        Held h = held.getIfPresent(key);
        if (h != null && h.generation() == now) {
            return (T) h.value();
        }
        T value = compute.get();
        held.put(key, new Held(now, value, Math.max(1, weight.applyAsInt(value))));
        return value;
    }
}
