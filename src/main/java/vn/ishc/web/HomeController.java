package vn.ishc.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;

@Controller
class HomeController {

    private final AdminUnits units;
    private final Clubs clubs;
    private final java.util.List<HomeSection> sections;

    HomeController(AdminUnits units, Clubs clubs, java.util.List<HomeSection> sections) {
        this.units = units;
        this.clubs = clubs;
        this.sections = sections;
    }

    /** The home page; a club's board member finds this month's meeting of their club on top. */
    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("scopeUnit", units.atScope(user.scope()).orElse(null));
        if (user.is(Role.CLUB_BOARD) && user.scope().clubId() != null) {
            model.addAttribute("club", clubs.get(user.scope().clubId(), user.scope()));
        }
        sections.forEach(section -> section.addTo(user, model));
        return "web/home";
    }

    @GetMapping("/login")
    String login() {
        return "web/login";
    }
}
