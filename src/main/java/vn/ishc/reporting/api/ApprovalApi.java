package vn.ishc.reporting.api;

import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.reporting.FigureApprovals;
import vn.ishc.shared.AreaScope;

/**
 * The approval of an area's month or quarter: {@code area} a province ("20") or commune ("20.06058") of
 * today's map, {@code period} "2026-10" or "2026-Q3". The answer is where the period stands: its status
 * (NOT_APPROVED, APPROVED, ADJUSTED: changed since approval, RETURNED), the approval standing with the figures
 * it kept, the differences from the current figures, every act, and a province's communes with a club.
 */
@RestController
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
class ApprovalApi {

    private final FigureApprovals approvals;

    ApprovalApi(FigureApprovals approvals) {
        this.approvals = approvals;
    }

    /** An approval asked for: the area and the period. */
    record Approving(String area, String period) {
    }

    /** An approval returned, with the reason. */
    record Returning(String area, String period, String reason) {
    }

    @GetMapping("/api/v1/approvals")
    FigureApprovals.State state(@RequestParam String area, @RequestParam String period, AreaScope scope) {
        return approvals.state(area, FigureApprovals.period(period), scope);
    }

    /** The area's own officer approves its period, once over (a province once all its communes with a club have). */
    @PostMapping("/api/v1/approvals")
    FigureApprovals.State approve(@RequestBody Approving body, Principal user, AreaScope scope) {
        return approvals.approve(body.area(), FigureApprovals.period(body.period()), user.getName(), scope);
    }

    /** The approver or a level above returns a standing approval, with a reason. */
    @PostMapping("/api/v1/approvals/returns")
    FigureApprovals.State giveBack(@RequestBody Returning body, Principal user, AreaScope scope) {
        return approvals.giveBack(body.area(), FigureApprovals.period(body.period()), body.reason(), user.getName(), scope);
    }
}
