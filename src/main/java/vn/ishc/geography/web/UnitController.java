package vn.ishc.geography.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** Pages to browse the map at a date, a unit with its history, and search. */
@Controller
class UnitController {

    static final int SEARCH_LIMIT = 50;

    private final AdminUnits units;
    private final Villages villages;
    private final Clock clock;

    UnitController(AdminUnits units, Villages villages, Clock clock) {
        this.units = units;
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/units")
    String provinces(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     AreaScope scope, Model model) {
        LocalDate day = date == null ? today() : date;
        model.addAttribute("date", day);
        model.addAttribute("today", today());
        model.addAttribute("beforeReform", AdminUnits.REFORM_DATE.minusDays(1));
        model.addAttribute("provinces", units.provinces(day, scope));
        return "geography/provinces";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                AreaScope scope, Model model) {
        AdminUnit unit = units.get(id, scope);
        LocalDate day = unit.dateWithin(date == null ? today() : date);
        model.addAttribute("unit", unit);
        model.addAttribute("date", day);
        model.addAttribute("ancestors", units.ancestors(unit, day));
        model.addAttribute("children", units.children(unit, day, scope));
        model.addAttribute("history", units.history(unit));
        model.addAttribute("today", unit.inForceToday() ? List.of() : units.today(unit));
        if (unit.level() == AdminUnit.Level.COMMUNE) {
            model.addAttribute("villages", villages.ofCommune(id, false, scope));
        }
        return "geography/unit";
    }

    @GetMapping("/units/search")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  AreaScope scope, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("date", date);
        if (q != null && !q.isBlank()) {
            List<AdminUnit> hits = units.search(q, date, scope, SEARCH_LIMIT);
            model.addAttribute("hits", hits.stream().map(u -> new SearchHit(u,
                    units.ancestors(u, u.dateWithin(today())), u.inForceToday() ? List.of() : units.today(u))).toList());
        }
        return "geography/search";
    }

    @GetMapping("/units/lookup")
    String lookup(@RequestParam AdminUnit.Level level, @RequestParam String code,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  AreaScope scope) {
        LocalDate day = date == null ? today() : date;
        return "redirect:/units/" + units.at(level, code, day, scope).id() + "?date=" + day;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /** A search result with where it sits and what covers it today. */
    record SearchHit(AdminUnit unit, List<AdminUnit> ancestors, List<AdminUnit> today) {
    }
}
