package vn.ishc.programme.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.programme.SourceDocument;
import vn.ishc.programme.Target;
import vn.ishc.programme.Targets;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** The targets of the user's area, the form to record one, and a national target shared among provinces. */
@Controller
@PreAuthorize(TargetController.READERS)
class TargetController {

    static final String READERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_VIEWER')";
    static final String RECORDERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER')";
    static final String SHARE_PREFIX = "share-";
    static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("areaPath", "code", "first", "last", "value",
            "ofCode", "documentId", "documentKind", "documentNumber", "documentTitle", "documentIssuedOn");

    /** One option of the area list of the form. */
    record AreaOption(String path, String label) {
    }

    /** A province's row in the share form: what is in force and what the form shows. */
    record ShareRow(String code, String name, Target current, String entered, String error) {
    }

    private final Targets targets;
    private final AdminUnits units;
    private final MessageSource messages;
    private final Clock clock;

    TargetController(Targets targets, AdminUnits units, MessageSource messages, Clock clock) {
        this.targets = targets;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/targets")
    String list(@RequestParam(required = false) String code, @RequestParam(required = false) UUID document,
                CurrentUser user, Model model, Locale locale) {
        return listPage(code, document, TargetForm.empty(user.scope().path()), Map.of(), user, model, locale);
    }

    @PostMapping("/targets")
    @PreAuthorize(RECORDERS)
    String record(@ModelAttribute TargetForm form, CurrentUser user, Model model, RedirectAttributes redirect,
                  Locale locale) {
        try {
            Target t = targets.record(form.command(), user);
            redirect.addFlashAttribute("notice", messages.getMessage("programme.saved", null, locale));
            return "redirect:/targets/" + t.id();
        } catch (InvalidInputException e) {
            return listPage(null, null, form, error(e, locale), user, model, locale);
        }
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
        return targetPage(targets.get(id, user.scope()), Map.of(), null, user, model, locale);
    }

    @PostMapping("/targets/{id}/shares")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    String share(@PathVariable UUID id, @RequestParam Map<String, String> params, CurrentUser user, Model model,
                 RedirectAttributes redirect, Locale locale) {
        Target national = targets.get(id, user.scope());
        Map<String, String> entered = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(SHARE_PREFIX)) {
                entered.put(k.substring(SHARE_PREFIX.length()), v == null ? "" : v.strip());
            }
        });
        try {
            targets.share(id, shares(national, entered, user), user);
            redirect.addFlashAttribute("notice", messages.getMessage("programme.shares.saved", null, locale));
            return "redirect:/targets/" + id + "#shares";
        } catch (InvalidInputException e) {
            return targetPage(national, entered, e, user, model, locale);
        }
    }

    /** The shares to set: every value typed, and a withdrawal where a share in force was cleared. */
    private Map<String, BigDecimal> shares(Target national, Map<String, String> entered, CurrentUser user) {
        Map<String, Target> current = new HashMap<>();
        targets.shares(national.id(), user.scope()).forEach(s -> current.put(s.areaPath(), s));
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        entered.forEach((code, text) -> {
            if (!text.isEmpty()) {
                shares.put(code, TargetForm.number(text, national.measure(), "shares[" + code + "]"));
            } else if (current.containsKey(code)) {
                shares.put(code, null);
            }
        });
        return shares;
    }

    private String listPage(String code, UUID document, TargetForm form, Map<String, String> errors, CurrentUser user,
                            Model model, Locale locale) {
        model.addAttribute("targets", targets.list(code, document, user.scope()));
        model.addAttribute("codes", targets.codes(user.scope()));
        List<SourceDocument> documents = targets.documents(user.scope());
        model.addAttribute("documents", documents);
        model.addAttribute("code", code);
        model.addAttribute("document", document);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        boolean mayRecord = Targets.mayRecord(user);
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord) {
            model.addAttribute("areas", areas(user, locale));
            boolean officer = user.is(Role.PROVINCE_OFFICER);
            model.addAttribute("formDocuments", documents.stream()
                    .filter(d -> !officer || d.areaPath().equals(user.scope().provinceCode())).toList());
            model.addAttribute("kinds", officer ? List.of(SourceDocument.Kind.PROVINCIAL_PLAN, SourceDocument.Kind.OTHER)
                    : List.of(SourceDocument.Kind.values()));
        }
        model.addAttribute("measures", Target.Measure.values());
        model.addAttribute("directions", Target.Direction.values());
        return "programme/targets";
    }

    /** The areas a user may record for: the nation and the provinces, or one's province and its communes. */
    private List<AreaOption> areas(CurrentUser user, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<AreaOption> options = new ArrayList<>();
        if (user.is(Role.NATIONAL_ADMIN)) {
            options.add(new AreaOption("", messages.getMessage("programme.nation", null, locale)));
            units.provinces(today(), user.scope()).forEach(p -> options.add(new AreaOption(p.path(), p.label(english))));
            return options;
        }
        units.atScope(user.scope()).ifPresent(province -> {
            options.add(new AreaOption(province.path(), province.label(english)));
            units.children(province, today(), user.scope())
                    .forEach(c -> options.add(new AreaOption(c.path(), "— " + c.label(english))));
        });
        return options;
    }

    private String targetPage(Target target, Map<String, String> entered, InvalidInputException failure, CurrentUser user,
                              Model model, Locale locale) {
        model.addAttribute("target", target);
        model.addAttribute("parent", target.parentId() == null ? null : targets.get(target.parentId(), user.scope()));
        List<Target> shares = target.isNational() ? targets.shares(target.id(), user.scope()) : List.of();
        model.addAttribute("shares", shares);
        model.addAttribute("history", target.isNational() ? targets.shareHistory(target.id(), user.scope()).stream()
                .filter(s -> !s.current()).toList() : List.of());
        boolean mayShare = user.is(Role.NATIONAL_ADMIN) && target.isNational() && !target.isProvincePart() && target.current();
        model.addAttribute("mayShare", mayShare);
        if (failure != null) {
            model.addAttribute("failure", messages.getMessage(failure.messageKey(), failure.arguments(), locale));
        }
        if (mayShare) {
            boolean english = "en".equals(locale.getLanguage());
            Map<String, Target> current = new HashMap<>();
            shares.forEach(s -> current.put(s.areaPath(), s));
            List<ShareRow> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (AdminUnit p : units.provinces(today(), user.scope())) {
                Target c = current.get(p.code());
                String shown = entered.containsKey(p.code()) ? entered.get(p.code())
                        : c == null ? "" : c.value().toPlainString();
                boolean wrong = failure != null && ("shares[" + p.code() + "]").equals(failure.field());
                rows.add(new ShareRow(p.code(), p.label(english), c, shown, wrong ? model.getAttribute("failure")
                        .toString() : null));
                if (c != null) {
                    sum = sum.add(c.value());
                }
            }
            model.addAttribute("rows", rows);
            model.addAttribute("sum", sum);
        }
        return "programme/target";
    }

    /** A refusal beside its field, or above the form for a field the form has no place for. */
    private Map<String, String> error(InvalidInputException e, Locale locale) {
        String field = e.field() != null && FORM_FIELDS.contains(e.field()) ? e.field() : "form";
        return Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
