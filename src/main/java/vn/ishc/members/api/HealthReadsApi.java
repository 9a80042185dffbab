package vn.ishc.members.api;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.members.HealthReads;
import vn.ishc.shared.AreaScope;

/** Who read whose health data, newest first, for national administrators. */
@RestController
class HealthReadsApi {

    private final HealthReads reads;

    HealthReadsApi(HealthReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/health-reads")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    HealthReads.Page list(@RequestParam(required = false) UUID personId, @RequestParam(required = false) String actor,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                          AreaScope scope) {
        return reads.list(personId, actor, page, size, scope);
    }
}
