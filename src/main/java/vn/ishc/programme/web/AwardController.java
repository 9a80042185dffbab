package vn.ishc.programme.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.CurrentUser;
import vn.ishc.members.Members;
import vn.ishc.programme.Award;
import vn.ishc.programme.Awards;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** The commendations of the user's area and the form to record one (to a club, a body, a member or a person). */
@Controller
@PreAuthorize(TrainingController.READERS)
class AwardController {

    static final Set<String> FORM_FIELDS = Set.of("givenOn", "issuer", "decisionNumber", "areaPath", "recipientKind",
            "clubId", "personId", "recipientName", "recipientAreaPath", "note");

    private final Awards awards;
    private final Clubs clubs;
    private final Members members;
    private final AreaOptions areas;
    private final MessageSource messages;
    private final Clock clock;

    AwardController(Awards awards, Clubs clubs, Members members, AreaOptions areas, MessageSource messages, Clock clock) {
        this.awards = awards;
        this.clubs = clubs;
        this.members = members;
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list and form; with {@code clubId}, the club's members to choose from (only that part for htmx). */
    @GetMapping("/awards")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID clubId,
                @RequestParam(required = false) String clubName,
                @RequestHeader(value = "HX-Request", required = false) String htmx, CurrentUser user, Model model,
                Locale locale) {
        AwardForm form = AwardForm.empty(user.scope().path(), clubId == null ? null : clubId.toString());
        page(year, clubName, form, Map.of(), user, model, locale);
        return htmx != null ? "programme/awards :: award-member" : "programme/awards";
    }

    @PostMapping("/awards")
    @PreAuthorize(TrainingController.RECORDERS)
    String record(@ModelAttribute AwardForm form, CurrentUser user, Model model, RedirectAttributes redirect,
                  Locale locale) {
        try {
            awards.record(form.command(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("programme.award.saved", null, locale));
            return "redirect:/awards";
        } catch (InvalidInputException e) {
            String field = e.field() != null && FORM_FIELDS.contains(e.field()) ? e.field() : "form";
            page(null, null, form, Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), locale)), user,
                    model, locale);
            return "programme/awards";
        }
    }

    private void page(Integer year, String clubName, AwardForm form, Map<String, String> errors, CurrentUser user,
                      Model model, Locale locale) {
        model.addAttribute("awards", awards.list(year, user));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("clubName", clubName);
        boolean mayRecord = Awards.mayRecord(user);
        model.addAttribute("mayRecord", mayRecord);
        if (!mayRecord) {
            return;
        }
        model.addAttribute("areas", areas.of(user, locale));
        model.addAttribute("kinds", Award.Recipient.values());
        model.addAttribute("clubs", clubs.list(new ClubFilter(null, null, null, clubName, null), user.scope(),
                TrainingController.CLUB_CHOICES));
        UUID clubId = ProgrammeForms.blank(form.clubId()) ? null : ProgrammeForms.uuid(form.clubId(), "clubId");
        model.addAttribute("clubId", clubId);
        model.addAttribute("candidates", clubId == null ? List.of()
                : members.membersOf(clubs.get(clubId, user.scope()).id(), BusinessCalendar.today(clock), user.scope()));
    }
}
