package vn.ishc.meetings.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.HeldMeetings;
import vn.ishc.meetings.HeldSubmission;
import vn.ishc.web.ClubPageSection;

/**
 * The club's page lists the meetings sent from a phone and held for a decision ("Chờ xử lý") to the club's
 * board and the officers of its area, while any waits.
 */
@Component
class HeldMeetingsSection implements ClubPageSection {

    private final HeldMeetings held;

    HeldMeetingsSection(HeldMeetings held) {
        this.held = held;
    }

    @Override
    public Optional<String> addTo(UUID clubId, CurrentUser user, Model model) {
        if (!(user.is(Role.CLUB_BOARD) || user.is(Role.COMMUNE_OFFICER) || user.is(Role.PROVINCE_OFFICER)
                || user.is(Role.NATIONAL_ADMIN))) {
            return Optional.empty();
        }
        List<HeldSubmission> waiting = held.waiting(clubId, user.scope());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("heldMeetings", waiting);
        return Optional.of("meetings/held-section :: held");
    }
}
