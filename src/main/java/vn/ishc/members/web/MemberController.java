package vn.ishc.members.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.AuditLog;
import vn.ishc.members.Anonymisation;
import vn.ishc.members.Consents;
import vn.ishc.identity.CurrentUser;
import vn.ishc.members.Ethnicity;
import vn.ishc.members.Household;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.members.PersonHistory;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** Adding a member to a club, correcting their details, a member's page with their history, leaving and transfers. */
@Controller
class MemberController {

    private static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Partners see figures, never a person's records.
    private static final String PERSONAL = "!hasRole('PARTNER_VIEWER')";

    private final Members members;
    private final Clubs clubs;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Consents consents;
    private final Anonymisation anonymisation;

    MemberController(Members members, Clubs clubs, MessageSource messages, AuditLog audit, Clock clock,
                     Consents consents, Anonymisation anonymisation) {
        this.audit = audit;
        this.consents = consents;
        this.anonymisation = anonymisation;
        this.members = members;
        this.clubs = clubs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/clubs/{clubId}/members/new")
    @PreAuthorize(WRITERS)
    String newMember(@PathVariable UUID clubId, AreaScope scope, Model model) {
        return form(clubs.get(clubId, scope), MemberForm.empty(today()), model, Map.of());
    }

    @PostMapping("/clubs/{clubId}/members")
    @PreAuthorize(WRITERS)
    String add(@PathVariable UUID clubId, @ModelAttribute MemberForm form, Principal user, AreaScope scope,
               Model model, RedirectAttributes redirect, Locale locale) {
        Club club = clubs.get(clubId, scope);
        try {
            MemberRow row = members.enrol(form.id(), form.details(club.villageId()), clubId, form.joinedOn(),
                    user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("members.added",
                    new Object[] {row.person().fullName()}, locale));
            return "redirect:/clubs/" + clubId + "/members/new";
        } catch (InvalidInputException e) {
            return form(club, form, model, Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    @PreAuthorize(PERSONAL)
    @GetMapping("/members/{personId}")
    String member(@PathVariable UUID personId, CurrentUser user, AreaScope scope, Model model) {
        PersonHistory found = members.person(personId, scope);
        PersonHistory history = user.role().seesFullCitizenIds() ? found : found.withCitizenIdMasked();
        model.addAttribute("history", history);
        model.addAttribute("person", history.person());
        model.addAttribute("age", history.person().ageOn(today()));
        model.addAttribute("ethnicity", Ethnicity.ofCode(history.person().ethnicity()).map(Ethnicity::name).orElse(""));
        model.addAttribute("duplicates", members.likelyDuplicates(personId, scope));
        model.addAttribute("reasons", LeavingReason.values());
        model.addAttribute("today", today());
        model.addAttribute("changes", anonymisation.shown(personId, audit.forTarget("person:" + personId, 50)));
        model.addAttribute("consents", consents.of(personId, scope));
        model.addAttribute("consentChoices", ConsentChoices.INSTANCE);
        // A form sent twice (a double tap, a resend) carries the same key and records one consent.
        model.addAttribute("consentKey", UUID.randomUUID());
        model.addAttribute("anonymised", anonymisation.isAnonymised(personId));
        return "members/member";
    }

    @GetMapping("/members/{personId}/edit")
    @PreAuthorize(WRITERS)
    String edit(@PathVariable UUID personId, CurrentUser user, AreaScope scope, Model model,
                RedirectAttributes redirect, Locale locale) {
        Person found = members.person(personId, scope).person();
        if (anonymisation.isAnonymised(personId)) {
            redirect.addFlashAttribute("failure", messages.getMessage("members.person.anonymised", null, locale));
            return "redirect:/members/" + personId;
        }
        // The form shows the mask; sent back unchanged, it keeps the number.
        Person person = user.role().seesFullCitizenIds() ? found : found.withCitizenIdMasked();
        return editForm(person, MemberForm.of(person), model, Map.of());
    }

    @PostMapping("/members/{personId}/edit")
    @PreAuthorize(WRITERS)
    String saveEdit(@PathVariable UUID personId, @ModelAttribute MemberForm form, Principal user, AreaScope scope,
                    Model model, RedirectAttributes redirect, Locale locale) {
        Person person = members.person(personId, scope).person();
        if (anonymisation.isAnonymised(personId)) {
            redirect.addFlashAttribute("failure", messages.getMessage("members.person.anonymised", null, locale));
            return "redirect:/members/" + personId;
        }
        try {
            members.updateDetails(personId, form.details(null), form.version() == null ? -1 : form.version(),
                    user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("club.saved", null, locale));
            return "redirect:/members/" + personId;
        } catch (InvalidInputException e) {
            return editForm(person, form, model, Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    @PostMapping("/memberships/{id}/leave")
    @PreAuthorize(WRITERS)
    String leave(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam(required = false) LeavingReason reason,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                 Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        try {
            members.leave(id, leftOn, reason, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("club.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/members/" + personId;
    }

    @PostMapping("/members/{personId}/merge")
    @PreAuthorize(WRITERS)
    String merge(@PathVariable UUID personId, @RequestParam UUID duplicateId, Principal user, AreaScope scope,
                 RedirectAttributes redirect, Locale locale) {
        try {
            members.merge(personId, duplicateId, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("members.merged", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/members/" + personId;
    }

    @PostMapping("/members/{personId}/distinct")
    @PreAuthorize(WRITERS)
    String distinct(@PathVariable UUID personId, @RequestParam UUID otherId, Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        members.confirmDistinct(personId, otherId, user.getName(), scope);
        redirect.addFlashAttribute("notice", messages.getMessage("club.saved", null, locale));
        return "redirect:/members/" + personId;
    }

    private String editForm(Person person, MemberForm form, Model model, Map<String, String> errors) {
        model.addAttribute("person", person);
        return form(null, form, model, errors);
    }

    private String form(Club club, MemberForm form, Model model, Map<String, String> errors) {
        model.addAttribute("club", club);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ethnicities", Ethnicity.ALL);
        model.addAttribute("households", List.of(Household.values()));
        return "members/new";
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
