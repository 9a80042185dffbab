package vn.ishc.homecare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.homecare.Assignment;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareRecipient;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HeldVisit;
import vn.ishc.homecare.HeldVisits;
import vn.ishc.homecare.HomeCareProgress;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisit;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.ReferralCause;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/** A volunteer's own recipients with the visits due, and the visit form, made for a phone. */
@Controller
@PreAuthorize(VisitController.VISITORS)
class VisitController {

    static final String VISITORS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', "
            + "'HOMECARE_VOLUNTEER')";

    private final HomeCareTeam team;
    private final CarePlans plans;
    private final HomeVisits visits;
    private final HeldVisits heldVisits;
    private final HomeCareProgress progress;
    private final MessageSource messages;
    private final vn.ishc.members.HealthReads reads;
    private final Clock clock;

    VisitController(HomeCareTeam team, CarePlans plans, HomeVisits visits, HeldVisits heldVisits,
                    HomeCareProgress progress, MessageSource messages, vn.ishc.members.HealthReads reads, Clock clock) {
        this.heldVisits = heldVisits;
        this.reads = reads;
        this.team = team;
        this.plans = plans;
        this.visits = visits;
        this.progress = progress;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/homecare/mine")
    String mine(CurrentUser user, Model model) {
        var me = team.volunteerOfUser(user.username(), user.scope());
        model.addAttribute("volunteer", me.orElse(null));
        model.addAttribute("due", me.map(v -> progress.due(v.id(), today(), user.scope())).orElse(List.of()));
        return "homecare/mine";
    }

    @GetMapping("/homecare/recipients/{id}/visit")
    String form(@PathVariable UUID id, @RequestParam(required = false) UUID saved,
                @RequestParam(required = false) UUID held, CurrentUser user, Model model, RedirectAttributes redirect,
                Locale locale) {
        CareRecipient r = team.recipient(id, user.scope());
        if (held != null) {
            return sendAgain(r, held, user, model, redirect, locale);
        }
        // The address a saved visit leads to names it, so a form sent again from the phone knows it was saved.
        if (saved != null && visits.visitsOf(r.id(), user.scope()).stream().anyMatch(v -> v.id().equals(saved))) {
            model.addAttribute("notice", messages.getMessage("homecare.visit.saved", new Object[] {r.name()}, locale));
        }
        List<UUID> mine = team.volunteerOfUser(user.username(), user.scope()).map(v -> List.of(v.id())).orElse(List.of());
        // Tasks start unticked: a visit records what was done, not what the plan asks.
        return page(r, VisitForm.empty(today(), mine), Map.of(), user, model);
    }

    /**
     * Records the visit; {@code held}: the held visit it was corrected from, settled by saving it. A refused visit
     * is held for a person to decide (once per visit id), and the answer names it.
     */
    @PostMapping("/homecare/recipients/{id}/visits")
    String record(@PathVariable UUID id, @ModelAttribute VisitForm form, @RequestParam(required = false) UUID held,
                  CurrentUser user, Model model, HttpServletResponse response, Locale locale) {
        CareRecipient r = team.recipient(id, user.scope());
        try {
            HomeVisit v = heldVisits.record(form.command(id), held, user.username(), user.is(Role.HOMECARE_VOLUNTEER),
                    user.scope());
            return "redirect:/homecare/recipients/" + v.recipientId() + "/visit?saved=" + v.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            UUID heldId = held != null ? held
                    : heldVisits.hold(r.id(), form.id(), form.sent(), e, user.username(), user.scope()).orElse(null);
            model.addAttribute("heldId", heldId);
            // An id already used by another visit: saving this form again records it as a new visit.
            VisitForm shown = "id".equals(e.field()) ? form.withNewId() : form;
            return page(r, shown, Texts.errors(e, messages, locale), user, model);
        }
    }

    /**
     * The form of a held visit to correct and send again: the values as they were sent and why they were refused;
     * saving it settles the held one. A visit refused for an id already used is sent again under a new id.
     */
    private String sendAgain(CareRecipient r, UUID heldId, CurrentUser user, Model model, RedirectAttributes redirect,
                             Locale locale) {
        HeldVisit h;
        try {
            h = heldVisits.toSendAgain(heldId, HeldVisitController.onlyOf(user), user.scope());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/homecare/recipients/" + r.id() + "/visit";
        }
        if (!h.recipientId().equals(r.id())) {
            throw new NotFoundException("homecare.held.notFound", heldId);
        }
        VisitForm form = VisitForm.of(h);
        boolean idUsed = h.problems().stream().anyMatch(p -> "id".equals(p.field()));
        model.addAttribute("heldId", h.id());
        return page(r, idUsed || form.id() == null ? form.withNewId() : form, Texts.errors(new RefusedEntry(h.problems()), messages, locale),
                user, model);
    }

    private String page(CareRecipient r, VisitForm form, Map<String, String> errors, CurrentUser user, Model model) {
        LocalDate day = form.visitedOn() == null ? today() : form.visitedOn();
        List<Assignment> assigned = plans.assignmentsOf(r.id(), user.scope()).stream().filter(a -> a.coversDay(day)).toList();
        model.addAttribute("recipient", r);
        model.addAttribute("plan", plans.plan(r.id(), today(), user.scope()));
        model.addAttribute("assigned", assigned);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tasks", CareTask.values());
        model.addAttribute("destinations", ReferralDestination.values());
        model.addAttribute("causes", ReferralCause.values());
        model.addAttribute("recent", visits.visitsOf(r.id(), user.scope()).stream().limit(5).toList());
        reads.read(user.username(), vn.ishc.members.HealthReads.What.HOME_VISIT_PAGE, "recipient:" + r.id(),
                r.personId() == null ? List.of() : List.of(r.personId()));
        model.addAttribute("today", today());
        model.addAttribute("isVolunteer", user.is(Role.HOMECARE_VOLUNTEER));
        return "homecare/visit";
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
