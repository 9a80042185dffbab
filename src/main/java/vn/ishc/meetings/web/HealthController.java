package vn.ishc.meetings.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
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
import vn.ishc.meetings.HealthRecord;
import vn.ishc.meetings.HealthRecords;
import vn.ishc.meetings.Hypertension;
import vn.ishc.meetings.ReferralDestination;
import vn.ishc.members.HealthReads;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** A member's health page: readings over time, last reading, BMI, hypertension, check-ups, referrals, insurance. */
@Controller
class HealthController {

    static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')";

    private final HealthRecords health;
    private final Members members;
    private final MessageSource messages;
    private final HealthReads reads;
    private final Clock clock;

    HealthController(HealthRecords health, Members members, MessageSource messages, HealthReads reads, Clock clock) {
        this.reads = reads;
        this.health = health;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/members/{personId}/health")
    @PreAuthorize(MeetingController.READERS)
    String page(@PathVariable UUID personId, Principal user, AreaScope scope, Model model) {
        Person person = members.person(personId, scope).person();
        HealthRecord record = health.of(personId, scope);
        reads.read(user.getName(), HealthReads.What.HEALTH_PAGE, "person:" + personId, java.util.List.of(personId));
        model.addAttribute("person", person);
        model.addAttribute("record", record);
        model.addAttribute("chart", ReadingChart.of(record.readings()));
        model.addAttribute("today", today());
        model.addAttribute("insured", person.hiCardNumber() != null
                && (person.hiCardExpiry() == null || !person.hiCardExpiry().isBefore(today())));
        model.addAttribute("hypertensions", Hypertension.values());
        model.addAttribute("destinations", ReferralDestination.values());
        return "meetings/health";
    }

    @PostMapping("/members/{personId}/health/profile")
    @PreAuthorize(WRITERS)
    String profile(@PathVariable UUID personId, @RequestParam(required = false) Integer heightCm,
                   @RequestParam(required = false) Hypertension hypertension, Principal user, AreaScope scope,
                   RedirectAttributes redirect, Locale locale) {
        return act(personId, redirect, locale, () -> health.setProfile(personId, heightCm, hypertension, user.getName(), scope));
    }

    @PostMapping("/members/{personId}/health/checkups")
    @PreAuthorize(WRITERS)
    String checkup(@PathVariable UUID personId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
                   @RequestParam(required = false) String place, @RequestParam(required = false) String result,
                   Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        return act(personId, redirect, locale, () -> health.addCheckup(personId, checkedOn, place, result, user.getName(), scope));
    }

    @PostMapping("/members/{personId}/health/referrals")
    @PreAuthorize(WRITERS)
    String referral(@PathVariable UUID personId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
                    @RequestParam(required = false) ReferralDestination destination,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) UUID readingId,
                    @RequestParam(required = false) String outcome, Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        return act(personId, redirect, locale, () -> health.addReferral(personId, referredOn, destination, reason,
                readingId, outcome, user.getName(), scope));
    }

    @PostMapping("/members/{personId}/health/referrals/{referralId}/outcome")
    @PreAuthorize(WRITERS)
    String outcome(@PathVariable UUID personId, @PathVariable UUID referralId,
                   @RequestParam(required = false) String outcome, Principal user, AreaScope scope,
                   RedirectAttributes redirect, Locale locale) {
        return act(personId, redirect, locale, () -> health.recordOutcome(referralId, outcome, user.getName(), scope));
    }

    /** Runs a change and comes back to the health page with a notice, or with the refusal in the user's language. */
    private String act(UUID personId, RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", messages.getMessage("health.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/members/" + personId + "/health";
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
