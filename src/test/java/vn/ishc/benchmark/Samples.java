package vn.ishc.benchmark;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Timed runs of one operation: median, 95th percentile and maximum, in milliseconds. */
record Samples(String what, long[] micros) {

    Samples {
        micros = micros.clone();
        Arrays.sort(micros);
    }

    /** Runs the call {@code warmUp} times untimed, then {@code runs} times timed. */
    static Samples of(String what, int warmUp, int runs, Callable<?> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.call();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        return new Samples(what, micros);
    }

    int runs() {
        return micros.length;
    }

    double p50() {
        return micros[micros.length / 2] / 1000.0;
    }

    double p95() {
        return micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0;
    }

    double max() {
        return micros[micros.length - 1] / 1000.0;
    }

    String row() {
        return String.format("| %s | %d | %.1f | %.1f | %.1f |", what, runs(), p50(), p95(), max());
    }
}
