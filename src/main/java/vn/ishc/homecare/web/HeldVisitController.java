package vn.ishc.homecare.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Clubs;
import vn.ishc.homecare.HeldVisit;
import vn.ishc.homecare.HeldVisits;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.homecare.Volunteer;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.RefusedEntry;
import vn.ishc.shared.InvalidInputException;

/**
 * A home visit refused by the server and held: what was sent (the day, the volunteers, the tasks, the readings, the
 * notes) and why it was refused, for the club's board, the officers of its area and the volunteer who sent it, who
 * correct it and send it again, or drop it. Partners never see it: it names the person visited and their readings.
 */
@Controller
@PreAuthorize(VisitController.VISITORS)
class HeldVisitController {

    private final HeldVisits held;
    private final HomeCareTeam team;
    private final Clubs clubs;
    private final MessageSource messages;

    HeldVisitController(HeldVisits held, HomeCareTeam team, Clubs clubs, MessageSource messages) {
        this.held = held;
        this.team = team;
        this.clubs = clubs;
        this.messages = messages;
    }

    /** A volunteer reads and decides only the visits they sent: their user name; null for everyone else. */
    static String onlyOf(CurrentUser user) {
        return user.is(Role.HOMECARE_VOLUNTEER) ? user.username() : null;
    }

    @GetMapping("/clubs/{clubId}/visits/held/{heldId}")
    String held(@PathVariable UUID clubId, @PathVariable UUID heldId, CurrentUser user, Model model, Locale locale) {
        HeldVisit h = held.get(clubId, heldId, onlyOf(user), user.scope());
        Map<UUID, String> volunteers = team.volunteersOf(clubId, user.scope()).stream()
                .collect(Collectors.toMap(Volunteer::id, Volunteer::name, (a, b) -> a));
        VisitForm sent = VisitForm.of(h);
        model.addAttribute("club", clubs.get(clubId, user.scope()));
        model.addAttribute("recipient", team.recipient(h.recipientId(), user.scope()));
        model.addAttribute("held", h);
        model.addAttribute("sent", sent);
        model.addAttribute("volunteers", sent.volunteerIds().stream().map(id -> volunteers.getOrDefault(id, "—"))
                .toList());
        model.addAttribute("why", Texts.errors(new RefusedEntry(h.problems()), messages, locale).values());
        return "homecare/held";
    }

    /** Drops the held visit: no visit is recorded from it. */
    @PostMapping("/clubs/{clubId}/visits/held/{heldId}/drop")
    String drop(@PathVariable UUID clubId, @PathVariable UUID heldId, CurrentUser user, RedirectAttributes redirect,
                Locale locale) {
        try {
            held.drop(clubId, heldId, onlyOf(user), user.username(), user.scope());
            redirect.addFlashAttribute("notice", messages.getMessage("homecare.held.dropped", null, locale));
            return "redirect:/clubs/" + clubId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/clubs/" + clubId + "/visits/held/" + heldId;
        }
    }
}
