package vn.ishc.programme.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.programme.NewTarget;
import vn.ishc.programme.Target;
import vn.ishc.programme.Targets;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** Targets of the caller's area; national targets shared among provinces. */
@RestController
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_VIEWER')")
class TargetApi {

    private final Targets targets;

    TargetApi(Targets targets) {
        this.targets = targets;
    }

    /** Provinces' shares by province code; null withdraws a province's share. */
    record Shares(Map<String, BigDecimal> shares) {
    }

    /**
     * The targets in force the caller may read; with {@code area} (a path: "" the nation, "20" a province),
     * those of that area whose period overlaps {@code from}..{@code to} (months, yyyy-MM).
     */
    @GetMapping("/api/v1/targets")
    List<Target> list(@RequestParam(required = false) String code, @RequestParam(required = false) UUID documentId,
                      @RequestParam(required = false) String area,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                      AreaScope scope) {
        if (area == null) {
            return targets.list(code, documentId, scope);
        }
        return targets.targetsFor(area, from == null ? YearMonth.of(2000, 1) : from,
                        to == null ? YearMonth.of(2100, 12) : to, scope).stream()
                .filter(t -> code == null || code.isBlank() || t.code().equalsIgnoreCase(code.strip()))
                .filter(t -> documentId == null || t.document().id().equals(documentId))
                .toList();
    }

    @GetMapping("/api/v1/targets/{id}")
    Target get(@PathVariable UUID id, AreaScope scope) {
        return targets.get(id, scope);
    }

    @PostMapping("/api/v1/targets")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')")
    ResponseEntity<Target> record(@RequestBody NewTarget body, CurrentUser user) {
        Target t = targets.record(body, user);
        return ResponseEntity.created(URI.create("/api/v1/targets/" + t.id())).body(t);
    }

    /** Sets provinces' shares of a national target; answers the shares in force. */
    @PostMapping("/api/v1/targets/{id}/shares")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    List<Target> share(@PathVariable UUID id, @RequestBody Shares body, CurrentUser user) {
        if (body.shares() == null) {
            throw InvalidInputException.missing("programme.field.missing", "shares");
        }
        return targets.share(id, body.shares(), user);
    }
}
