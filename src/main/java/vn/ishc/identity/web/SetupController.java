package vn.ishc.identity.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.identity.FirstAdministrator;
import vn.ishc.identity.UserView;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;

/** The one-time setup page: creates the first national administrator while there is no user at all. */
@Controller
class SetupController {

    private final FirstAdministrator setup;
    private final MessageSource messages;

    SetupController(FirstAdministrator setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping("/setup")
    String page(Model model) {
        requireOpen();
        model.addAttribute("errors", Map.of());
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam(required = false) String token, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
                  Model model, RedirectAttributes redirect, Locale locale) {
        requireOpen();
        try {
            UserView admin = setup.createWithToken(token, username, displayName, password);
            redirect.addAttribute("created", admin.username());
            return "redirect:/login";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)));
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            return "identity/setup";
        }
    }

    private void requireOpen() {
        if (!setup.open()) {
            throw new NotFoundException("identity.setup.done");
        }
    }
}
