package vn.ishc.meetings.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.Clubs;
import vn.ishc.meetings.HeldMeetings;
import vn.ishc.meetings.HeldSubmission;
import vn.ishc.meetings.Meeting;
import vn.ishc.meetings.Meetings;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/**
 * A meeting sent from a phone and held after a refusal, beside the meeting as now recorded, for the club's
 * board or an officer of its area to keep one of the two.
 */
@Controller
class HeldMeetingController {

    static final String DECIDERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";

    private final HeldMeetings held;
    private final Meetings meetings;
    private final Members members;
    private final Clubs clubs;
    private final MessageSource messages;

    HeldMeetingController(HeldMeetings held, Meetings meetings, Members members, Clubs clubs, MessageSource messages) {
        this.held = held;
        this.meetings = meetings;
        this.members = members;
        this.clubs = clubs;
        this.messages = messages;
    }

    @GetMapping("/clubs/{clubId}/meetings/held/{heldId}")
    @PreAuthorize(DECIDERS)
    String held(@PathVariable UUID clubId, @PathVariable UUID heldId, AreaScope scope, Model model) {
        HeldSubmission h = held.get(clubId, heldId, scope);
        Meeting now = current(h, scope);
        LocalDate day = h.sent().entry().heldOn() != null ? h.sent().entry().heldOn()
                : now != null ? now.heldOn() : null;
        Map<UUID, String> names = new LinkedHashMap<>();
        if (day != null) {
            members.membersOf(clubId, day, scope).forEach(r -> names.put(r.person().id(), r.person().fullName()));
        }
        model.addAttribute("club", clubs.get(clubId, scope));
        model.addAttribute("held", h);
        model.addAttribute("meeting", now);
        model.addAttribute("comparison", HeldComparison.of(now, h.sent().entry(), names));
        return "meetings/held";
    }

    /** Records the meeting as it was sent over the one recorded now; a refusal comes back to this page. */
    @PostMapping("/clubs/{clubId}/meetings/held/{heldId}/keep-sent")
    @PreAuthorize(DECIDERS)
    String keepSent(@PathVariable UUID clubId, @PathVariable UUID heldId, Principal user, AreaScope scope,
                    RedirectAttributes redirect, Locale locale) {
        try {
            Meeting saved = held.keepSent(clubId, heldId, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.held.keptSent", null, locale));
            return "redirect:/meetings/" + saved.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", Refusals.of(e, messages, locale).all());
            return "redirect:/clubs/" + clubId + "/meetings/held/" + heldId;
        }
    }

    /** Keeps the meeting as recorded and drops the one sent. */
    @PostMapping("/clubs/{clubId}/meetings/held/{heldId}/keep-current")
    @PreAuthorize(DECIDERS)
    String keepCurrent(@PathVariable UUID clubId, @PathVariable UUID heldId, Principal user, AreaScope scope,
                       RedirectAttributes redirect, Locale locale) {
        try {
            held.keepCurrent(clubId, heldId, user.getName(), scope);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.held.keptCurrent", null, locale));
            return "redirect:/clubs/" + clubId;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", Refusals.of(e, messages, locale).all());
            return "redirect:/clubs/" + clubId + "/meetings/held/" + heldId;
        }
    }

    private Meeting current(HeldSubmission h, AreaScope scope) {
        if (h.meetingId() == null) {
            return null;
        }
        try {
            return meetings.get(h.meetingId(), scope);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
