package vn.ishc.homecare.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.homecare.CarePlans;
import vn.ishc.homecare.CareReason;
import vn.ishc.homecare.CareTask;
import vn.ishc.homecare.HomeCareProgress;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.HomeVisits;
import vn.ishc.homecare.NewRecipient;
import vn.ishc.homecare.NewVolunteer;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** The club's home-care page: volunteers, recipients with plan and assigned volunteers, visits this month against plan. */
@Controller
@PreAuthorize(HomeCareController.MANAGERS)
class HomeCareController {

    // Volunteers use their own page; partners see figures only.
    static final String MANAGERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final HomeCareTeam team;
    private final CarePlans plans;
    private final HomeVisits visits;
    private final HomeCareProgress progress;
    private final Clubs clubs;
    private final Members members;
    private final MessageSource messages;
    private final Clock clock;

    HomeCareController(HomeCareTeam team, CarePlans plans, HomeVisits visits, HomeCareProgress progress, Clubs clubs, Members members,
                       MessageSource messages, Clock clock) {
        this.team = team;
        this.plans = plans;
        this.visits = visits;
        this.progress = progress;
        this.clubs = clubs;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/homecare")
    String page(@PathVariable UUID clubId,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                AreaScope scope, Model model) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth m = month == null ? YearMonth.from(today) : month;
        LocalDate day = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
        model.addAttribute("club", club);
        model.addAttribute("month", m);
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1).atDay(1).isAfter(today) ? null : m.plusMonths(1));
        model.addAttribute("volunteers", team.volunteersOf(clubId, scope));
        var recipients = team.recipientsOf(clubId, scope);
        java.util.Map<UUID, vn.ishc.homecare.CarePlan> planOf = new java.util.HashMap<>();
        recipients.forEach(r -> {
            var plan = plans.plan(r.id(), day, scope);
            if (plan != null) {
                planOf.put(r.id(), plan);
            }
        });
        model.addAttribute("recipients", recipients);
        model.addAttribute("plans", planOf);
        model.addAttribute("assignments", plans.assignmentsOfClub(clubId, scope).stream()
                .filter(a -> a.coversDay(day)).collect(java.util.stream.Collectors.groupingBy(a -> a.recipientId())));
        var monthProgress = progress.month(clubId, m, scope);
        model.addAttribute("progress", monthProgress);
        model.addAttribute("progressOf", monthProgress.recipients().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.recipientId(), p -> p)));
        model.addAttribute("visits", visits.visitsOfMonth(clubId, m, scope));
        model.addAttribute("members", members.membersOf(clubId, day, scope));
        model.addAttribute("reasons", CareReason.values());
        model.addAttribute("tasks", CareTask.values());
        model.addAttribute("periods", PlanPeriod.values());
        model.addAttribute("today", today);
        return "homecare/club";
    }

    @PostMapping("/clubs/{clubId}/homecare/volunteers")
    String addVolunteer(@PathVariable UUID clubId, @RequestParam(required = false) UUID personId,
                        @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trainedOn,
                        @RequestParam(required = false) String course, @RequestParam(required = false) String username,
                        Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, "#volunteers", redirect, locale, () -> team.addVolunteer(clubId,
                new NewVolunteer(null, personId, name, phone, trainedOn, course, username), user.getName(), scope));
    }

    @PostMapping("/homecare/volunteers/{id}/end")
    String endVolunteer(@PathVariable UUID id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
                        Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = team.volunteer(id, scope).clubId();
        return answer(clubId, "#volunteers", redirect, locale, () -> team.endVolunteer(id, endedOn, user.getName(), scope));
    }

    @PostMapping("/clubs/{clubId}/homecare/recipients")
    String addRecipient(@PathVariable UUID clubId, @RequestParam(required = false) UUID personId,
                        @RequestParam(required = false) String name, @RequestParam(required = false) String village,
                        @RequestParam(required = false) Set<CareReason> reasons,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return answer(clubId, "#recipients", redirect, locale, () -> team.addRecipient(clubId,
                new NewRecipient(null, personId, name, village, reasons, from), user.getName(), scope));
    }

    @PostMapping("/homecare/recipients/{id}/end")
    String endRecipient(@PathVariable UUID id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
                        @RequestParam(required = false) String reason, Principal user, AreaScope scope,
                        RedirectAttributes redirect, Locale locale) {
        UUID clubId = team.recipient(id, scope).clubId();
        return answer(clubId, "#recipients", redirect, locale,
                () -> team.endRecipient(id, endedOn, reason, user.getName(), scope));
    }

    @PostMapping("/homecare/recipients/{id}/plan")
    String setPlan(@PathVariable UUID id, @RequestParam(required = false) Integer visits,
                   @RequestParam(required = false) PlanPeriod per, @RequestParam(required = false) Set<CareTask> tasks,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = team.recipient(id, scope).clubId();
        return answer(clubId, "#recipients", redirect, locale,
                () -> plans.setPlan(id, visits, per, tasks, null, user.getName(), scope));
    }

    @PostMapping("/homecare/recipients/{id}/assignments")
    String assign(@PathVariable UUID id, @RequestParam(required = false) UUID volunteerId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = team.recipient(id, scope).clubId();
        return answer(clubId, "#recipients", redirect, locale,
                () -> plans.assign(id, volunteerId, from, user.getName(), scope));
    }

    @PostMapping("/homecare/assignments/{id}/end")
    String endAssignment(@PathVariable UUID id, @RequestParam UUID recipientId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                         Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        UUID clubId = team.recipient(recipientId, scope).clubId();
        return answer(clubId, "#recipients", redirect, locale, () -> {
            var a = plans.assignmentsOf(recipientId, scope).stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new vn.ishc.shared.NotFoundException("homecare.assignment.notFound", id));
            return plans.endAssignment(a.id(), until, user.getName(), scope);
        });
    }

    private String answer(UUID clubId, String anchor, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.getMessage("homecare.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", Texts.message(e, messages, locale));
        }
        return "redirect:/clubs/" + clubId + "/homecare" + anchor;
    }
}
