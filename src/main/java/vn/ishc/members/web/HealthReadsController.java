package vn.ishc.members.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.members.HealthReads;
import vn.ishc.shared.AreaScope;

/** The national administrators' page of who read whose health data, newest first. */
@Controller
class HealthReadsController {

    static final int PAGE_SIZE = 50;

    private final HealthReads reads;

    HealthReadsController(HealthReads reads) {
        this.reads = reads;
    }

    @GetMapping("/admin/health-reads")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String page(@RequestParam(required = false) UUID personId, @RequestParam(required = false) String actor,
                @RequestParam(defaultValue = "0") int page, AreaScope scope, Model model) {
        model.addAttribute("reads", reads.list(personId, actor, page, PAGE_SIZE, scope));
        model.addAttribute("personId", personId);
        model.addAttribute("actor", actor);
        return "members/health-reads";
    }
}
