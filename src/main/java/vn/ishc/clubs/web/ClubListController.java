package vn.ishc.clubs.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDayLabels;
import vn.ishc.clubs.NewClub;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Village;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** The list of clubs in an area on either map, and registering a club. */
@Controller
class ClubListController {

    static final int LIMIT = 2000;

    private final Clubs clubs;
    private final AdminUnits units;
    private final Villages villages;
    private final MessageSource messages;
    private final MeetingDayLabels meetingDays;
    private final Clock clock;

    ClubListController(Clubs clubs, AdminUnits units, Villages villages, MessageSource messages,
                       MeetingDayLabels meetingDays, Clock clock) {
        this.clubs = clubs;
        this.units = units;
        this.villages = villages;
        this.messages = messages;
        this.meetingDays = meetingDays;
        this.clock = clock;
    }

    /** One line of the list: the club with its commune on the map shown. */
    record Row(Club club, List<AdminUnit> communes) {
    }

    @GetMapping("/clubs")
    String list(@RequestParam(required = false) Long area, @RequestParam(defaultValue = "today") String map,
                @RequestParam(required = false) ClubStatus status, @RequestParam(required = false) UUID project,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                AreaScope scope, Model model) {
        boolean old = "old".equals(map);
        LocalDate mapDate = old ? AdminUnits.REFORM_DATE.minusDays(1) : today();
        List<Club> found = clubs.list(new ClubFilter(area, status, project, q, date), scope, LIMIT);
        // The communes of all rows in one query: the list may hold a province's hundreds of clubs.
        Map<Long, AdminUnit> byId = old ? units.getAll(found.stream().map(Club::communeId).distinct().toList(),
                AreaScope.nation()) : Map.of();
        Map<String, AdminUnit> byPath = old ? Map.of()
                : units.atPaths(found.stream().flatMap(c -> c.areaPaths().stream()).distinct().toList());
        List<Row> rows = found.stream().map(c -> new Row(c, old ? List.of(byId.get(c.communeId()))
                : c.areaPaths().stream().map(byPath::get).toList())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("old", old);
        model.addAttribute("provinces", units.provinces(mapDate, scope));
        model.addAttribute("areaUnit", area == null ? null : units.get(area, scope));
        model.addAttribute("areaChildren", area == null ? List.of()
                : units.children(units.get(area, scope), mapDate, scope));
        model.addAttribute("statuses", ClubStatus.values());
        model.addAttribute("projects", clubs.projects());
        model.addAttribute("filter", new ClubFilter(area, status, project, q, date));
        model.addAttribute("map", old ? "old" : "today");
        model.addAttribute("truncated", found.size() >= LIMIT);
        return "clubs/list";
    }

    @GetMapping("/clubs/new")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
    String newClub(@RequestParam(required = false) Long commune, AreaScope scope, Model model, Locale locale) {
        ClubForm form = ClubForm.empty(commune);
        return form(form, scope, model, Map.of(), locale);
    }

    @PostMapping("/clubs")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
    String register(@ModelAttribute ClubForm form, Principal user, AreaScope scope, Model model, Locale locale) {
        try {
            Club club = clubs.register(form.command(), user.getName(), scope);
            return "redirect:/clubs/" + club.id() + "?registered";
        } catch (InvalidInputException e) {
            return form(form, scope, model, Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)), locale);
        }
    }

    @GetMapping("/clubs/{id}/edit")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
    String edit(@PathVariable UUID id, AreaScope scope, Model model, Locale locale) {
        Club club = clubs.get(id, scope);
        return editForm(club, ClubEditForm.of(club), model, Map.of(), locale);
    }

    @PostMapping("/clubs/{id}/edit")
    @PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')")
    String saveEdit(@PathVariable UUID id, @ModelAttribute ClubEditForm form, Principal user, AreaScope scope,
                    Model model, Locale locale) {
        Club club = clubs.get(id, scope);
        try {
            clubs.correct(id, form.details(), form.version() == null ? -1 : form.version(), user.getName(), scope);
            return "redirect:/clubs/" + id + "?saved";
        } catch (InvalidInputException e) {
            return editForm(club, form, model, Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.arguments(), locale)), locale);
        }
    }

    private String editForm(Club club, ClubEditForm form, Model model, Map<String, String> errors, Locale locale) {
        model.addAttribute("club", club);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetingDays", meetingDays.choices(locale));
        return "clubs/edit";
    }

    private String form(ClubForm form, AreaScope scope, Model model, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("meetingDays", meetingDays.choices(locale));
        model.addAttribute("errors", errors);
        AdminUnit commune = form.commune() == null ? null : units.get(form.commune(), scope);
        model.addAttribute("commune", commune);
        List<Village> list = commune == null ? List.of() : villages.ofCommune(commune.id(), false, scope);
        model.addAttribute("villages", list);
        return "clubs/new";
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
