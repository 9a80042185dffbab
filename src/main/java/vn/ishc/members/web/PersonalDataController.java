package vn.ishc.members.web;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.members.Anonymisation;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.members.PersonalData;
import vn.ishc.members.PersonalDataExport;
import vn.ishc.identity.CurrentUser;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.web.PdfRenderer;

/**
 * A person's data on their request: a copy of everything held about them (JSON and PDF), for the area's
 * officers and the club's board; and their anonymisation, by an officer of the area after a confirm step.
 */
@Controller
class PersonalDataController {

    private static final String EXPORTERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Anonymising cannot be undone: an officer of the area decides it, not the club's board.
    private static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PersonalDataExport export;
    private final Anonymisation anonymisation;
    private final Members members;
    private final PdfRenderer renderer;
    private final JsonMapper json;
    private final MessageSource messages;

    PersonalDataController(PersonalDataExport export, Anonymisation anonymisation, Members members,
                           PdfRenderer renderer, JsonMapper json, MessageSource messages) {
        this.export = export;
        this.anonymisation = anonymisation;
        this.members = members;
        this.renderer = renderer;
        this.json = json;
        this.messages = messages;
    }

    /** The citizen ID in full only to a role that needs it (the club's board, the commune's officers). */
    private static PersonalData asSeenBy(CurrentUser reader, PersonalData data) {
        return reader.role().seesFullCitizenIds() ? data : data.withCitizenIdMasked();
    }

    @GetMapping("/persons/{personId}/data.json")
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> json(@PathVariable UUID personId, Principal user, CurrentUser reader, AreaScope scope) {
        PersonalData data = asSeenBy(reader, export.export(personId, "json", user.getName(), scope));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + PdfRenderer.fileName("json", "du lieu ca nhan", personId.toString().substring(0, 8)) + "\"")
                .body(json.writeValueAsBytes(data));
    }

    @GetMapping("/persons/{personId}/data.pdf")
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> pdf(@PathVariable UUID personId, Principal user, CurrentUser reader, AreaScope scope,
                               Locale locale) {
        PersonalData data = asSeenBy(reader, export.export(personId, "pdf", user.getName(), scope));
        Map<String, Object> model = Map.of("data", data, "exportedAt", data.exportedAt().atZone(VIETNAM));
        return PdfRenderer.attachment(renderer.pdf("members/personal-data", model, locale),
                PdfRenderer.fileName("pdf", "du lieu ca nhan", personId.toString().substring(0, 8)));
    }

    @GetMapping("/members/{personId}/anonymise")
    @PreAuthorize(OFFICERS)
    String confirm(@PathVariable UUID personId, AreaScope scope, Model model) {
        Person person = members.person(personId, scope).person();
        model.addAttribute("person", person);
        model.addAttribute("pseudonym", Anonymisation.pseudonym(personId));
        return "members/anonymise";
    }

    @PostMapping("/members/{personId}/anonymise")
    @PreAuthorize(OFFICERS)
    String anonymise(@PathVariable UUID personId, @RequestParam(required = false) String reason,
                     @RequestParam(defaultValue = "false") boolean confirmed, Principal user, AreaScope scope,
                     RedirectAttributes redirect, Locale locale) {
        members.person(personId, scope);
        try {
            if (!confirmed) {
                throw new InvalidInputException("members.anonymise.notConfirmed", "confirmed");
            }
            String pseudonym = anonymisation.anonymise(personId, reason, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("members.anonymise.done",
                    new Object[] {pseudonym}, locale));
            return "redirect:/members/" + personId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/members/" + personId + "/anonymise";
        }
    }
}
