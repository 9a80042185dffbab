package vn.ishc.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.activities.ActivityKind;
import vn.ishc.reporting.ClubMonth;
import vn.ishc.reporting.ClubMonths;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** A club's month page: figures only, so every role of the club's area may see it. */
@Controller
class ClubMonthController {

    private final ClubMonths months;
    private final Clock clock;

    ClubMonthController(ClubMonths months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/month")
    String month(@PathVariable UUID clubId,
                 @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                 AreaScope scope, Model model) {
        YearMonth current = YearMonth.from(BusinessCalendar.today(clock));
        ClubMonth view = months.of(clubId, month == null ? current : month, scope);
        model.addAttribute("view", view);
        model.addAttribute("club", view.club());
        model.addAttribute("previous", view.month().isAfter(YearMonth.from(view.club().foundedOn()))
                ? view.month().minusMonths(1) : null);
        model.addAttribute("next", view.month().isBefore(current) ? view.month().plusMonths(1) : null);
        model.addAttribute("kinds", ActivityKind.values());
        return "reporting/club-month";
    }
}
