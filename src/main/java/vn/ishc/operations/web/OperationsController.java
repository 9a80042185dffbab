package vn.ishc.operations.web;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ishc.reporting.FigureWorkerStatus;
import vn.ishc.shared.BusinessCalendar;

/**
 * The operations page of the national administrators: the figure worker's lag, the clubs waiting and those
 * whose figures failed with their errors, whether a rebuild runs, and the instance that answered.
 */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class OperationsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final int FAILED_SHOWN = 50;

    private final FigureWorkerStatus worker;

    OperationsController(FigureWorkerStatus worker) {
        this.worker = worker;
    }

    /** A failed club as the page shows it: when in Vietnam's time. */
    record FailedView(String clubId, String error, String failedAt) {
    }

    @GetMapping("/operations")
    String page(Model model) {
        FigureWorkerStatus.Status status = worker.now(FAILED_SHOWN);
        model.addAttribute("lagSeconds", Math.round(status.lagSeconds()));
        model.addAttribute("waiting", status.waiting());
        model.addAttribute("failedCount", status.failedCount());
        model.addAttribute("failed", status.failed().stream()
                .map(f -> new FailedView(f.clubId().toString(), f.error(), when(f.failedAt()))).toList());
        model.addAttribute("rebuildingSince", status.rebuildingSince().map(s -> when(Instant.parse(s))).orElse(null));
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        model.addAttribute("host", host());
        model.addAttribute("startedAt", when(started));
        model.addAttribute("upHours", Duration.between(started, Instant.now()).toHours());
        return "operations/status";
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(BusinessCalendar.ZONE));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
