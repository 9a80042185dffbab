package vn.ishc.meetings.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.meetings.MeetingCalendar;
import vn.ishc.web.HomeSection;

/** A club board member's home page starts with this month's meeting of their club ("Họp tháng này"). */
@Component
class MeetingHomeSection implements HomeSection {

    private final MeetingCalendar meetings;

    MeetingHomeSection(MeetingCalendar meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addTo(CurrentUser user, Model model) {
        if (user.is(Role.CLUB_BOARD) && user.scope().clubId() != null) {
            model.addAttribute("monthMeeting", meetings.thisMonth(user.scope().clubId(), user.scope()));
        }
    }
}
