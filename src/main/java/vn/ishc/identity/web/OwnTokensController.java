package vn.ishc.identity.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.identity.ApiToken;
import vn.ishc.identity.ApiTokens;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.IssuedApiToken;
import vn.ishc.identity.NewApiToken;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** Every signed-in user's own API tokens: make one (its secret shown once, on the answer), see and revoke them. */
@Controller
class OwnTokensController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Clock clock;

    OwnTokensController(ApiTokens tokens, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/me/tokens")
    String page(CurrentUser actor, Model model) {
        return page(actor, model, Map.of(), null);
    }

    /** The answer itself shows the secret (not a redirect, which would keep it in the session's flash). */
    @PostMapping("/me/tokens")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) ApiToken.Scope scope,
                  @RequestParam(required = false) Integer expiresInDays, CurrentUser actor, Model model, Locale locale) {
        try {
            IssuedApiToken issued = tokens.create(new NewApiToken(name, scope, expiresInDays), actor);
            return page(actor, model, Map.of(), issued.secret());
        } catch (InvalidInputException e) {
            return page(actor, model, Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)), null);
        }
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, CurrentUser actor, RedirectAttributes redirect, Locale locale) {
        tokens.revokeOwn(id, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("tokens.revokedNotice", null, locale));
        return "redirect:/me/tokens";
    }

    private String page(CurrentUser actor, Model model, Map<String, String> errors, String secret) {
        model.addAttribute("tokens", rows(tokens.own(actor), clock));
        model.addAttribute("errors", errors);
        model.addAttribute("secret", secret);
        return "identity/own-tokens";
    }

    /** A token as a table row shows it: times in Vietnam's zone, and whether it still works. */
    record Row(UUID id, String name, String scope, String prefix, String createdAt, String lastUsedAt,
               String expiresAt, String status) {
    }

    static List<Row> rows(List<ApiToken> tokens, Clock clock) {
        return tokens.stream().map(t -> new Row(t.id(), t.name(), t.scope().name(), t.prefix(), format(t.createdAt()),
                format(t.lastUsedAt()), format(t.expiresAt()), t.status(clock.instant()))).toList();
    }

    private static String format(java.time.Instant at) {
        return at == null ? null : TIME.format(at.atZone(BusinessCalendar.ZONE));
    }
}
