package vn.ishc.longtermcare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.Clubs;
import vn.ishc.identity.CurrentUser;
import vn.ishc.longtermcare.Assessment;
import vn.ishc.longtermcare.AssessmentAnswers;
import vn.ishc.longtermcare.BarthelItem;
import vn.ishc.longtermcare.CaseFile;
import vn.ishc.longtermcare.ChangeKind;
import vn.ishc.longtermcare.ClosureReason;
import vn.ishc.longtermcare.LawtonItem;
import vn.ishc.longtermcare.LivingSituation;
import vn.ishc.longtermcare.LongTermCareCases;
import vn.ishc.longtermcare.LtcCase;
import vn.ishc.longtermcare.NewCase;
import vn.ishc.longtermcare.ScreenItem;
import vn.ishc.members.HealthReads;
import vn.ishc.members.Person;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/**
 * Long-term care for a phone: the cases a user may see with what is due, a case's page (assessments with their
 * scores and level, what is due, changes), the assessment form, and opening, changing and closing a case. Only
 * commune officers and the collaborators who manage cases come here; every case page is a logged health read.
 */
@Controller
@PreAuthorize(LongTermCareController.CASE_WORKERS)
class LongTermCareController {

    static final String CASE_WORKERS = "hasAnyRole('COMMUNE_OFFICER', 'CLUB_BOARD', 'HOMECARE_VOLUNTEER')";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LongTermCareCases cases;
    private final Clubs clubs;
    private final HealthReads reads;
    private final MessageSource messages;
    private final Clock clock;

    LongTermCareController(LongTermCareCases cases, Clubs clubs, HealthReads reads, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.clubs = clubs;
        this.reads = reads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/long-term-care")
    String list(CurrentUser user, Model model) {
        model.addAttribute("cases", cases.list(user));
        model.addAttribute("clubs", clubs.list(ClubFilter.all(), user.scope(), 500));
        model.addAttribute("sexes", Person.Sex.values());
        model.addAttribute("today", today());
        model.addAttribute("errors", Map.of());
        return "longtermcare/list";
    }

    @PostMapping("/long-term-care/cases")
    String open(@RequestParam(required = false) UUID id, @RequestParam(required = false) UUID clubId,
                @RequestParam(required = false) UUID personId, @RequestParam(required = false) String name,
                @RequestParam(required = false) Person.Sex sex, @RequestParam(required = false) String birthYear,
                @RequestParam(required = false) String village, @RequestParam(required = false) LocalDate openedOn,
                CurrentUser user, Model model, HttpServletResponse response, Locale locale) {
        try {
            LtcCase c = cases.open(new NewCase(id, clubId, personId, name, sex, year(birthYear), village, openedOn), user);
            return "redirect:/long-term-care/cases/" + c.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            list(user, model);
            model.addAttribute("errors", errors(e, locale));
            return "longtermcare/list";
        }
    }

    @GetMapping("/long-term-care/cases/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) UUID assessed, CurrentUser user, Model model) {
        CaseFile file = cases.file(id, user);
        LtcCase c = file.kase();
        reads.read(user.username(), HealthReads.What.LTC_CASE_PAGE, "ltc-case:" + c.id(),
                c.personId() == null ? List.of() : List.of(c.personId()));
        model.addAttribute("file", file);
        model.addAttribute("kase", c);
        model.addAttribute("justAssessed", assessed == null ? null
                : file.assessments().stream().filter(a -> a.id().equals(assessed)).findFirst().orElse(null));
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("today", today());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "longtermcare/case";
    }

    @GetMapping("/long-term-care/cases/{id}/assess")
    String form(@PathVariable UUID id, CurrentUser user, Model model) {
        return formPage(cases.get(id, user), Map.of(), Map.of(), model);
    }

    /** Saves an assessment from the form; any score sent with it is not read: the scores are computed. */
    @PostMapping("/long-term-care/cases/{id}/assessments")
    String assess(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, CurrentUser user,
                  Model model, HttpServletResponse response, Locale locale) {
        LtcCase c = cases.get(id, user);
        try {
            AssessmentAnswers answers = LongTermCareCases.answers(barthel(params), yesNo(LawtonItem.class, "lawton", params),
                    yesNo(ScreenItem.class, "screens", params), living(params.getFirst("living")),
                    bool(params.getFirst("hasCarer")));
            Assessment a = cases.assess(c.id(), date(params.getFirst("assessedOn"), "assessedOn"), answers, user);
            return "redirect:/long-term-care/cases/" + c.id() + "?assessed=" + a.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return formPage(c, params.toSingleValueMap(), errors(e, locale), model);
        }
    }

    @PostMapping("/long-term-care/cases/{id}/changes")
    String change(@PathVariable UUID id, @RequestParam(required = false) String happenedOn,
                  @RequestParam(required = false) ChangeKind kind, CurrentUser user, Model model,
                  HttpServletResponse response, Locale locale) {
        try {
            cases.recordChange(id, date(happenedOn, "happenedOn"), kind, user);
            return "redirect:/long-term-care/cases/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", errors(e, locale));
            return page(id, null, user, model);
        }
    }

    @PostMapping("/long-term-care/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String closedOn,
                 @RequestParam(required = false) ClosureReason reason, CurrentUser user, Model model,
                 HttpServletResponse response, Locale locale) {
        try {
            cases.close(id, date(closedOn, "closedOn"), reason, user);
            return "redirect:/long-term-care/cases/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", errors(e, locale));
            return page(id, null, user, model);
        }
    }

    private String formPage(LtcCase c, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("kase", c);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("barthelItems", BarthelItem.values());
        model.addAttribute("lawtonItems", LawtonItem.values());
        model.addAttribute("screenItems", ScreenItem.values());
        model.addAttribute("livings", LivingSituation.values());
        model.addAttribute("today", today());
        return "longtermcare/assess";
    }

    private static Map<BarthelItem, Integer> barthel(MultiValueMap<String, String> params) {
        Map<BarthelItem, Integer> map = new EnumMap<>(BarthelItem.class);
        for (BarthelItem item : BarthelItem.values()) {
            String v = params.getFirst("barthel." + item.name());
            if (v != null && !v.isBlank()) {
                try {
                    map.put(item, Integer.valueOf(v.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("ltc.answer.notAllowed", "barthel." + item.name(),
                            new org.springframework.context.support.DefaultMessageSourceResolvable("ltc.barthel." + item.name()),
                            v, String.join(", ", item.scores().stream().map(String::valueOf).toList()));
                }
            }
        }
        return map;
    }

    private static <K extends Enum<K>> Map<K, Boolean> yesNo(Class<K> type, String group,
                                                             MultiValueMap<String, String> params) {
        Map<K, Boolean> map = new EnumMap<>(type);
        for (K item : type.getEnumConstants()) {
            Boolean b = bool(params.getFirst(group + "." + item.name()));
            if (b != null) {
                map.put(item, b);
            }
        }
        return map;
    }

    private static Boolean bool(String s) {
        return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
    }

    private static LivingSituation living(String s) {
        return Arrays.stream(LivingSituation.values()).filter(l -> l.name().equals(s)).findFirst().orElse(null);
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) {
            throw InvalidInputException.missing("ltc.field.missing", field);
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("ltc.date.invalid", field, s);
        }
    }

    private static Integer year(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("ltc.birthYear.invalid", "birthYear", s);
        }
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        Object[] args = e.arguments() == null ? null : Arrays.stream(e.arguments())
                .map(a -> a instanceof LocalDate d ? d.format(DAY) : a).toArray();
        Map<String, String> byField = new LinkedHashMap<>();
        byField.put(e.field() == null ? "form" : e.field(), messages.getMessage(e.messageKey(), args, locale));
        return byField;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
