package vn.ishc.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.internal.SignedInSessions;
import vn.ishc.shared.InvalidInputException;

/** Every signed-in user changes their own password here, giving the current one. */
@Controller
class OwnPasswordController {

    private final UserAccounts accounts;
    private final MessageSource messages;

    OwnPasswordController(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/me/password")
    String page(Model model) {
        model.addAttribute("errors", Map.of());
        return "identity/own-password";
    }

    @PostMapping("/me/password")
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String password,
                  CurrentUser actor, HttpServletRequest request, Model model, RedirectAttributes redirect,
                  Locale locale) {
        try {
            // The user's other sessions end; this one goes on.
            SignedInSessions.keep(request, accounts.changeOwnPassword(currentPassword, password, actor));
            redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
            return "redirect:/me/password";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)));
            return "identity/own-password";
        }
    }
}
