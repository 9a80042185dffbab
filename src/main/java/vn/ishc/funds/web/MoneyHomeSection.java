package vn.ishc.funds.web;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.Boards;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.HomeSection;

/**
 * The board member who takes the money at the meeting (the chair or the finance member) finds it under this
 * month's meeting on the home page ("Thu tiền họp").
 */
@Component
class MoneyHomeSection implements HomeSection {

    private final Boards boards;
    private final Clock clock;

    MoneyHomeSection(Boards boards, Clock clock) {
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    public void addTo(CurrentUser user, Model model) {
        if (user.is(Role.CLUB_BOARD) && user.scope().clubId() != null) {
            model.addAttribute("recordsMoney", boards.rolesOfAccount(user.scope().clubId(), user.username(),
                    BusinessCalendar.today(clock)).stream().anyMatch(r -> r == BoardRole.CHAIR || r == BoardRole.FINANCE));
        }
    }
}
