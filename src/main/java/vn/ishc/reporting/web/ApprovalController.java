package vn.ishc.reporting.web;

import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ishc.reporting.FigureApprovals;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.FormOutcome;

/**
 * The approval of an area's month or quarter: its status, who approved it and when, the figures changed
 * since, the communes of a province and where each stands, the history; the officer of the area approves
 * there, and the approver or a level above returns an approval. Officers only: it names who acted.
 */
@Controller
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
class ApprovalController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final FigureApprovals approvals;
    private final MessageSource messages;
    private final Clock clock;

    ApprovalController(FigureApprovals approvals, MessageSource messages, Clock clock) {
        this.approvals = approvals;
        this.messages = messages;
        this.clock = clock;
    }

    /** An act as the page shows it: when in Vietnam's time. */
    record ActView(String action, String by, String at, String reason) {
        static ActView of(FigureApprovals.Act a) {
            return a == null ? null : new ActView(a.action().name(), a.actedBy(),
                    WHEN.format(a.actedAt().atZone(BusinessCalendar.ZONE)), a.reason());
        }
    }

    /** Each breakdown of the differences in words ("Giới tính: Nữ; Nhóm tuổi: 60–69 tuổi"), by its key. */
    private java.util.Map<String, String> dimLabels(FigureApprovals.State state, Locale locale) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (FigureApprovals.Difference d : state.differences()) {
            labels.computeIfAbsent(d.dims() == null ? "" : d.dims(), key -> vn.ishc.reporting.Figure.parseDims(key)
                    .entrySet().stream()
                    .map(e -> messages.getMessage("dim." + e.getKey(), null, e.getKey(), locale) + ": "
                            + messages.getMessage("dim." + e.getKey() + "." + e.getValue(), null, e.getValue(), locale))
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        return labels;
    }

    @GetMapping("/approvals")
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                AreaScope scope, Locale locale, Model model) {
        String path = area != null && !area.isBlank() ? area.strip() : scope.path();
        String asked = period != null && !period.isBlank() ? period.strip()
                : YearMonth.from(BusinessCalendar.today(clock)).minusMonths(1).toString();
        model.addAttribute("area", path);
        model.addAttribute("period", asked);
        if (path.isEmpty()) {
            return "reporting/approvals";
        }
        try {
            FigureApprovals.State state = approvals.state(path, FigureApprovals.period(asked), scope);
            model.addAttribute("state", state);
            model.addAttribute("dimLabels", dimLabels(state, locale));
            model.addAttribute("approval", ActView.of(state.approval()));
            model.addAttribute("latest", ActView.of(state.latest()));
            model.addAttribute("history", state.history().stream().map(ActView::of).toList());
            model.addAttribute("mayApprove", scope.path().equals(path)
                    && (scope.level() == AreaScope.Level.COMMUNE || scope.level() == AreaScope.Level.PROVINCE));
        } catch (InvalidInputException e) {
            model.addAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "reporting/approvals";
    }

    @PostMapping("/approvals/approve")
    String approve(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect(back(area, period), "approval.saved", redirect, messages, locale,
                () -> approvals.approve(area, FigureApprovals.period(period), user.getName(), scope));
    }

    @PostMapping("/approvals/return")
    String giveBack(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        return FormOutcome.redirect(back(area, period), "approval.saved", redirect, messages, locale,
                () -> approvals.giveBack(area, FigureApprovals.period(period), reason, user.getName(), scope));
    }

    private static String back(String area, String period) {
        return UriComponentsBuilder.fromPath("/approvals").queryParam("area", area).queryParam("period", period)
                .encode().build().toUriString();
    }
}
