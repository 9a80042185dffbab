package vn.ishc.reporting.api;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.reporting.FigureRebuild;

/** A national administrator rebuilds every figure from the records (recovery); 202 while it runs. */
@RestController
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class FigureRebuildApi {

    private final FigureRebuild rebuild;

    FigureRebuildApi(FigureRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/indicators/rebuild")
    ResponseEntity<Map<String, Object>> start() {
        boolean started = rebuild.start();
        return ResponseEntity.accepted().body(Map.of("started", started, "running", rebuild.running()));
    }

    @GetMapping("/api/v1/indicators/rebuild")
    Map<String, Object> state() {
        return Map.of("running", rebuild.running());
    }
}
