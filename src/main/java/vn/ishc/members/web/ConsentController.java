package vn.ishc.members.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.members.Consent;
import vn.ishc.members.ConsentWithdrawal;
import vn.ishc.members.Consents;
import vn.ishc.members.NewConsent;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;

/** Recording a person's consent or legal basis, and its withdrawal, from the member's page. */
@Controller
class ConsentController {

    // The club's board and the area's officers record consents; volunteers and partners do not.
    private static final String WRITERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final Consents consents;
    private final MessageSource messages;

    ConsentController(Consents consents, MessageSource messages) {
        this.consents = consents;
        this.messages = messages;
    }

    @PostMapping("/members/{personId}/consents")
    @PreAuthorize(WRITERS)
    String record(@PathVariable UUID personId, @RequestParam(required = false) Consent.Basis basis,
                  @RequestParam(required = false) Set<Consent.Purpose> purposes,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
                  @RequestParam(required = false) Consent.Evidence evidence, @RequestParam(required = false) String witness,
                  @RequestParam(required = false) String key, Principal user, AreaScope scope, RedirectAttributes redirect, Locale locale) {
        try {
            consents.record(personId, new NewConsent(null, basis, purposes, givenOn, evidence, witness), key,
                    user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("members.consent.recorded", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/members/" + personId + "#consents";
    }

    @PostMapping("/members/{personId}/consents/{consentId}/withdrawal")
    @PreAuthorize(WRITERS)
    String withdraw(@PathVariable UUID personId, @PathVariable UUID consentId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String key,
                    Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        try {
            consents.withdraw(personId, consentId, new ConsentWithdrawal(withdrawnOn, reason), key, user.getName(),
                    scope);
            redirect.addFlashAttribute("notice", messages.getMessage("members.consent.withdrawnNotice", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/members/" + personId + "#consents";
    }
}
