package vn.ishc.homecare.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.homecare.HomeCareProgress;
import vn.ishc.homecare.HomeCareTeam;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.HomeSection;

/**
 * A volunteer's phone keeps, from the home page, the pages of their visits before they are first opened: their
 * recipients and each recipient's visit form, so that a visit in a village with no signal can still be typed.
 */
@Component
class VisitsHomeSection implements HomeSection {

    private final HomeCareTeam team;
    private final HomeCareProgress progress;
    private final Clock clock;

    VisitsHomeSection(HomeCareTeam team, HomeCareProgress progress, Clock clock) {
        this.team = team;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void addTo(CurrentUser user, Model model) {
        if (!user.is(Role.HOMECARE_VOLUNTEER)) {
            return;
        }
        team.volunteerOfUser(user.username(), user.scope()).ifPresent(me -> {
            List<String> pages = new ArrayList<>();
            pages.add("/homecare/mine");
            progress.due(me.id(), BusinessCalendar.today(clock), user.scope())
                    .forEach(d -> pages.add("/homecare/recipients/" + d.recipientId() + "/visit"));
            model.addAttribute("keptVisitPages", pages);
        });
    }
}
