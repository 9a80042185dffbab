package vn.ishc.activities.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.activities.Activities;
import vn.ishc.activities.Activity;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.Entitlements;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.FormOutcome;

/** A club's activities of a month, its entitlement cases and its art team. */
@Controller
@PreAuthorize(ActivityController.READERS)
class ActivityController {

    // Partners see figures, never a person's records; volunteers keep to home care.
    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final Activities activities;
    private final Entitlements entitlements;
    private final Clubs clubs;
    private final Members members;
    private final MessageSource messages;
    private final Clock clock;

    ActivityController(Activities activities, Entitlements entitlements, Clubs clubs, Members members,
                       MessageSource messages, Clock clock) {
        this.activities = activities;
        this.entitlements = entitlements;
        this.clubs = clubs;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/activities")
    String month(@PathVariable UUID clubId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                 AreaScope scope, Model model) {
        YearMonth m = month == null ? YearMonth.from(today()) : month;
        LocalDate day = m.atEndOfMonth().isAfter(today()) ? today() : m.atEndOfMonth();
        return page(clubs.get(clubId, scope), m, ActivityForm.empty(day), Map.of(), scope, model);
    }

    @PostMapping("/clubs/{clubId}/activities")
    String record(@PathVariable UUID clubId, @ModelAttribute ActivityForm form, Principal user, AreaScope scope,
                  Model model, RedirectAttributes redirect, Locale locale) {
        Club club = clubs.get(clubId, scope);
        try {
            Activity a = activities.record(clubId, form.command(), user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("activities.saved", null, locale));
            return "redirect:/clubs/" + clubId + "/activities?month=" + YearMonth.from(a.on());
        } catch (InvalidInputException e) {
            YearMonth m = form.on() == null ? YearMonth.from(today()) : YearMonth.from(form.on());
            return page(club, m, form, error(e, locale), scope, model);
        }
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Principal user,
                  AreaScope scope, RedirectAttributes redirect, Locale locale) {
        Activity a = activities.get(id, scope);
        return FormOutcome.redirect("/clubs/" + a.clubId() + "/activities?month=" + YearMonth.from(a.on()),
                "activities.saved", redirect, messages, locale, () -> activities.cancel(id, reason, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/entitlements")
    String apply(@PathVariable UUID clubId, @RequestParam(required = false) UUID personId,
                 @RequestParam(required = false) String personName,
                 @RequestParam(required = false) EntitlementCase.Benefit benefit,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                 @RequestParam(required = false) String notes, Principal user, AreaScope scope,
                 RedirectAttributes redirect, Locale locale) {
        return answer(clubId, redirect, locale, () ->
                entitlements.apply(clubId, personId, personName, benefit, appliedOn, notes, user.getName(), scope));
    }

    @PostMapping("/entitlements/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) EntitlementCase.Status status,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                  Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = entitlements.get(id, scope).clubId();
        return answer(clubId, redirect, locale, () -> entitlements.decide(id, status, decidedOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/art-team")
    String artTeam(@PathVariable UUID clubId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, redirect, locale, () -> {
            entitlements.foundArtTeam(clubId, foundedOn, user.getName(), scope);
            return null;
        });
    }

    private String answer(UUID clubId, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<?> action) {
        return FormOutcome.redirect("/clubs/" + clubId + "/activities#entitlements", "activities.saved", redirect,
                messages, locale, action);
    }

    private String page(Club club, YearMonth month, ActivityForm form, Map<String, String> errors, AreaScope scope,
                        Model model) {
        LocalDate day = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        model.addAttribute("club", club);
        model.addAttribute("month", month);
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1).atDay(1).isAfter(today()) ? null : month.plusMonths(1));
        model.addAttribute("activities", activities.ofMonth(club.id(), month, scope));
        model.addAttribute("members", members.membersOf(club.id(), day, scope));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("fieldsOf", Arrays.stream(ActivityKind.values()).collect(java.util.stream.Collectors.toMap(
                Enum::name, k -> String.join(" ", java.util.stream.Stream.of("title", "participants", "person",
                        "helpForm", "valueDong", "labourDays", "sourceType", "resourceForm", "fund", "mentor",
                        "proposals", "outcome").filter(k::uses).toList()))));
        model.addAttribute("helpForms", NewActivity.HelpForm.values());
        model.addAttribute("sourceTypes", NewActivity.SourceType.values());
        model.addAttribute("resourceForms", NewActivity.ResourceForm.values());
        model.addAttribute("funds", NewActivity.Fund.values());
        model.addAttribute("cases", entitlements.ofClub(club.id(), scope));
        model.addAttribute("benefits", EntitlementCase.Benefit.values());
        model.addAttribute("artTeam", entitlements.artTeamFoundedOn(club.id(), scope));
        model.addAttribute("today", today());
        return "activities/month";
    }

    private Map<String, String> error(InvalidInputException e, Locale locale) {
        return Map.of(e.field() == null ? "form" : e.field(), messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
