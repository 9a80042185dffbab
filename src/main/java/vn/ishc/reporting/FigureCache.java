package vn.ishc.reporting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures read from the kept figures, held in memory while those stay as they were: every change the
 * worker writes raises, in {@code rpt_generation} and in its own transaction, the generation of the nation
 * ("") and of each province (on either map) whose clubs it changed; a rebuild raises that of all ("*"). A
 * held answer is computed again once the generation of its area's province (the nation's for the nation)
 * has moved on: a change in one province leaves the figures held of the others. The first reading after a
 * change costs what it always did; the next ones, until the following change, cost one read of the
 * generation. Held at most {@code ishc.reporting.cache-figures} figures (400,000 by default, some 60 MB),
 * and at most ten minutes, for what the figures take from outside them (the units of the map).
 */
@Component
class FigureCache {

    /** What was asked: which reading, of which area, period, map and scope, on which business day. */
    record Key(String what, String area, String period, Boundaries boundaries, String scope, java.time.LocalDate today) {
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

    /**
     * Notes, in the caller's transaction, that the kept figures of the nation and of these provinces changed
     * (in one order, so that two writers never wait on each other in a circle).
     */
    static void changed(JdbcClient jdbc, Collection<String> provinces) {
        TreeSet<String> areas = new TreeSet<>(provinces);
        areas.add("");
        jdbc.sql("""
                        insert into rpt_generation (area, value) select a, 1 from unnest(cast(:areas as text[])) a order by a
                        on conflict (area) do update set value = rpt_generation.value + 1""")
                .param("areas", areas.toArray(String[]::new)).update();
    }

    /** Notes, in the caller's transaction, that every kept figure changed (a rebuild). */
    static void changedAll(JdbcClient jdbc) {
        jdbc.sql("update rpt_generation set value = value + 1 where area = '*'").update();
    }

    /** The generation now of the figures of an area (a path; "" the nation): its province's, and all's. */
    long generation(String area) {
        String province = area.isEmpty() ? "" : area.split("\\.")[0];
        return jdbc.sql("select coalesce(sum(value), 0) from rpt_generation where area in (:province, '*')")
                .param("province", province).query(Long.class).single();
    }

    /**
     * The answer held for the key if the figures have not changed since, else the one computed now (and
     * held; {@code weight} is how many figures it has). The generation is read before computing: an answer
     * computed while a change commits is held under the earlier one and computed again on the next asking.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute, java.util.function.ToIntFunction<T> weight) {
        long now = generation(key.area());
        Held h = held.getIfPresent(key);
        if (h != null && h.generation() == now) {
            return (T) h.value();
        }
        T value = compute.get();
        held.put(key, new Held(now, value, Math.max(1, weight.applyAsInt(value))));
        return value;
    }
}
