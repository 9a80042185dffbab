package vn.ishc.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.ApiTokens;
import vn.ishc.identity.AuditLog;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.NewUser;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserView;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** Administrators' pages: users of their area, creating and changing them, and the audit log. */
@Controller
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')")
class UserAdminController {

    static final int PAGE_SIZE = 50;
    private static final java.time.format.DateTimeFormatter LOCK_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final UserAccounts accounts;
    private final AdminUnits units;
    private final AuditLog audit;
    private final Clubs clubs;
    private final MessageSource messages;
    private final Clock clock;
    private final ApiTokens tokens;

    UserAdminController(UserAccounts accounts, AdminUnits units, AuditLog audit, Clubs clubs, MessageSource messages,
                        Clock clock, ApiTokens tokens) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.units = units;
        this.clubs = clubs;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                CurrentUser actor, Model model) {
        int p = Math.max(page, 0);
        List<UserView> users = accounts.list(q, p, PAGE_SIZE + 1, actor);
        model.addAttribute("users", users.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", users.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("scopeNames", scopeNames(users, actor));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(CurrentUser actor, Model model) {
        return form(UserForm.empty(), null, actor, model, Map.of());
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute UserForm form, @RequestParam(required = false) String refresh, CurrentUser actor,
                  Model model, RedirectAttributes redirect, Locale locale) {
        if (refresh != null) {
            return form(form, null, actor, model, Map.of());
        }
        try {
            UserView user = accounts.create(new NewUser(form.id(), form.username(), form.displayName(), form.password(),
                    form.role(), form.scopeUnitId()), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("users.saved", new Object[] {user.username()}, locale));
            return "redirect:/admin/users/" + user.id();
        } catch (InvalidInputException e) {
            return form(form, null, actor, model, error(e, locale));
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable UUID id, CurrentUser actor, Model model) {
        UserView user = accounts.get(id, actor);
        UserForm form = new UserForm(user.id(), user.username(), user.displayName(), null, user.role(),
                provinceOf(user), communeOf(user));
        return form(form, user, actor, model, Map.of());
    }

    @PostMapping("/admin/users/{id}")
    String change(@PathVariable UUID id, @ModelAttribute UserForm form, @RequestParam(required = false) String refresh,
                  CurrentUser actor, Model model, RedirectAttributes redirect, Locale locale) {
        UserView user = accounts.get(id, actor);
        if (refresh != null) {
            return form(form, user, actor, model, Map.of());
        }
        try {
            accounts.change(id, form.displayName(), form.role(), form.scopeUnitId(), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("users.saved", new Object[] {user.username()}, locale));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            return form(form, user, actor, model, error(e, locale));
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, CurrentUser actor,
                      RedirectAttributes redirect, Locale locale) {
        try {
            UserView user = accounts.setEnabled(id, enabled, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("users.saved", new Object[] {user.username()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, CurrentUser actor, RedirectAttributes redirect, Locale locale) {
        UserView user = accounts.unlock(id, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("users.unlocked", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/club")
    String limitToClub(@PathVariable UUID id, @RequestParam(required = false) UUID clubId, CurrentUser actor,
                       RedirectAttributes redirect, Locale locale) {
        try {
            UserView user = accounts.limitToClub(id, clubId, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("users.saved", new Object[] {user.username()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(required = false) String password, CurrentUser actor,
                         RedirectAttributes redirect, Locale locale) {
        try {
            UserView user = accounts.resetPassword(id, password, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("users.passwordChanged", new Object[] {user.username()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/admin/users/" + id;
    }

    /** Revokes an API token of a user the officer manages. */
    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, CurrentUser actor, RedirectAttributes redirect,
                       Locale locale) {
        tokens.revokeOfUser(id, tokenId, actor);
        redirect.addFlashAttribute("notice", messages.getMessage("tokens.revokedNotice", null, locale));
        return "redirect:/admin/users/" + id;
    }

    /** The communes of a province, as options of the commune select (htmx swaps them in). */
    @GetMapping("/admin/users/communes")
    String communes(@RequestParam(required = false) Long scopeProvinceId, CurrentUser actor, Model model) {
        model.addAttribute("communes", communesOf(scopeProvinceId, actor));
        model.addAttribute("selected", null);
        return "identity/user-form :: communeOptions";
    }

    @GetMapping("/admin/audit")
    String audit(CurrentUser actor, Model model) {
        model.addAttribute("lines", audit.recent(actor.scope(), 200));
        return "identity/audit";
    }

    private String form(UserForm form, UserView existing, CurrentUser actor, Model model, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("lockedUntil", existing == null ? null : accounts.lockedUntil(existing.id(), actor)
                .map(until -> LOCK_TIME.format(until.atZone(BusinessCalendar.ZONE))).orElse(null));
        model.addAttribute("tokens", existing == null ? List.of()
                : OwnTokensController.rows(tokens.ofUser(existing.id(), actor), clock));
        model.addAttribute("errors", errors);
        model.addAttribute("roles", grantableRoles(actor));
        model.addAttribute("provinces", units.provinces(today(), actor.scope()));
        model.addAttribute("nationAllowed", actor.scope().isNation());
        model.addAttribute("communes", communesOf(form.scopeProvinceId(), actor));
        boolean clubRole = existing != null && (existing.role() == Role.CLUB_BOARD || existing.role() == Role.HOMECARE_VOLUNTEER)
                && existing.scopePath().contains(".");
        model.addAttribute("clubChoices", clubRole
                ? clubs.list(new ClubFilter(existing.scopeUnitId(), null, null, null, null), actor.scope(), 500) : List.of());
        return "identity/user-form";
    }

    private List<AdminUnit> communesOf(Long provinceId, CurrentUser actor) {
        if (provinceId == null) {
            return List.of();
        }
        AdminUnit province = units.get(provinceId, actor.scope());
        return province.inForceToday() && province.level() == AdminUnit.Level.PROVINCE
                ? units.children(province, today(), actor.scope()) : List.of();
    }

    private static List<Role> grantableRoles(CurrentUser actor) {
        return java.util.Arrays.stream(Role.values()).filter(actor.role()::manages).toList();
    }

    private Map<String, String> scopeNames(List<UserView> users, CurrentUser actor) {
        Map<String, String> names = new HashMap<>();
        for (UserView u : users) {
            if (u.scopeUnitId() != null) {
                names.computeIfAbsent(u.scopePath(), p -> units.get(u.scopeUnitId(), actor.scope()).fullName());
            }
        }
        return names;
    }

    private Long provinceOf(UserView user) {
        if (user.scopePath().isEmpty()) {
            return null;
        }
        return units.at(AdminUnit.Level.PROVINCE, user.scopePath().substring(0, 2), today(),
                vn.ishc.shared.AreaScope.ofPath(user.scopePath())).id();
    }

    private static Long communeOf(UserView user) {
        return user.scopePath().contains(".") ? user.scopeUnitId() : null;
    }

    /** The refusal as a message beside its field ("form" when it concerns the whole form). */
    private Map<String, String> error(InvalidInputException e, Locale locale) {
        return Map.of(e.field() == null ? "form" : e.field(), messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
