package vn.ishc.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;

@Controller
class HomeController {

    private final AdminUnits units;

    HomeController(AdminUnits units) {
        this.units = units;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("scopeUnit", units.atScope(user.scope()).orElse(null));
        return "web/home";
    }

    @GetMapping("/login")
    String login() {
        return "web/login";
    }
}
