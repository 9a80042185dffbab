package vn.ishc.reporting.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.geography.AdminUnits;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.FigureApprovals;
import vn.ishc.reporting.FigureRebuild;
import vn.ishc.reporting.Period;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The dashboard of the user's area (the nation, their province or commune) or of their club, and of
 * any area or club within it: headline figures against targets, the chosen indicator over time, the
 * next level down, the province map, the clubs that need a look, and the downloads. Figures only, so
 * every role may open it for its own area.
 */
@Controller
class DashboardController {

    private final DashboardPage page;
    private final MessageSource messages;
    private final Clock clock;
    private final FigureRebuild rebuild;
    private final FigureApprovals approvals;

    DashboardController(DashboardPage page, MessageSource messages, Clock clock, FigureRebuild rebuild,
                        FigureApprovals approvals) {
        this.page = page;
        this.approvals = approvals;
        this.rebuild = rebuild;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String area, @RequestParam(required = false) UUID club,
                     @RequestParam(required = false) String period,
                     @RequestParam(required = false, defaultValue = "AS_WAS") Boundaries boundaries,
                     @RequestParam(required = false) String indicator, @RequestParam(required = false) String sort,
                     AreaScope scope, Locale locale, Model model) {
        Period shown = Period.year(BusinessCalendar.today(clock).getYear());
        String error = null;
        if (period != null && !period.isBlank()) {
            try {
                shown = Period.parse(period);
            } catch (IllegalArgumentException e) {
                error = messages.getMessage("dashboard.period.invalid", new Object[] {period}, locale);
            }
        }
        UUID clubId = club != null ? club : area == null ? scope.clubId() : null;
        String path = area != null ? area : scope.path();
        DashboardQuery asked = new DashboardQuery(path, clubId, shown.code(), boundaries, indicator, sort);
        model.addAttribute("view", page.build(asked, shown, error, scope, locale));
        // A province's or a commune's meeting books of the month, on today's map.
        int depth = path == null || path.isEmpty() ? 0 : path.split("\\.").length;
        model.addAttribute("booksArea", clubId == null && (depth == 1 || depth == 2) ? path : null);
        // While a rebuild runs, the figures shown are those kept before it.
        model.addAttribute("rebuilding", rebuild.running());
        // Approvals are of today's provinces and communes: their mark stands beside the figures on today's map,
        // or on the map as it was once it is today's.
        if (clubId == null && error == null
                && (boundaries == Boundaries.RESTATED || !shown.start().isBefore(AdminUnits.REFORM_DATE))) {
            approvals.status(path, shown, scope).ifPresent(s -> model.addAttribute("approvalStatus", s));
        }
        model.addAttribute("approvalArea", clubId == null ? path : null);
        model.addAttribute("approvalPeriod", shown.kind() == Period.Kind.MONTH || shown.kind() == Period.Kind.QUARTER
                ? shown.code() : null);
        return "reporting/dashboard";
    }
}
