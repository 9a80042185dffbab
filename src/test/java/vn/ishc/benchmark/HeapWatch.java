package vn.ishc.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The heap's peaks over a phase (the sum of each heap pool's peak, an upper bound of the peak in use), and the machine's load. */
final class HeapWatch {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    /** Starts a phase. */
    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the phase started, in MiB. */
    long peakMiB() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** Each heap pool's peak since the phase started (the old generation holds what survives), in MiB. */
    String byPool() {
        return String.join(", ", pools.stream().map(p -> p.getName() + " " + p.getPeakUsage().getUsed() / (1024 * 1024))
                .toList());
    }

    /** The heap in use after a full collection: what the application holds, in MiB. */
    static long liveMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static long maxMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** The load averages over 1, 5 and 15 minutes, as the kernel gives them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
