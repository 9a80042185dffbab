package vn.ishc.geography.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Succession;
import vn.ishc.geography.UnitHistory;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** Administrative units at any date, their history, and search; limited to the caller's area. */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

    private final AdminUnits units;
    private final Clock clock;

    UnitApi(AdminUnits units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** A unit with the units above and directly under it on a date within its validity. */
    record UnitDetail(UnitResponse unit, LocalDate date, List<UnitResponse> ancestors, List<UnitResponse> children,
                      List<UnitResponse> today) {
    }

    /** One link of a unit's history. */
    record Link(UnitResponse unit, String share, LocalDate effective) {
        static List<Link> of(List<Succession> links) {
            return links.stream().map(s -> new Link(UnitResponse.of(s.unit()), s.share().name().toLowerCase(),
                    s.effective())).toList();
        }
    }

    record History(UnitResponse unit, List<Link> formedFrom, List<Link> wentInto) {
    }

    @GetMapping
    List<UnitResponse> provinces(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                 AreaScope scope) {
        return UnitResponse.of(units.provinces(orToday(date), scope));
    }

    @GetMapping("/{id}")
    UnitDetail unit(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    AreaScope scope) {
        AdminUnit unit = units.get(id, scope);
        LocalDate day = unit.dateWithin(orToday(date));
        return new UnitDetail(UnitResponse.of(unit), day, UnitResponse.of(units.ancestors(unit, day)),
                UnitResponse.of(units.children(unit, day, scope)),
                UnitResponse.of(unit.inForceToday() ? List.of() : units.today(unit)));
    }

    @GetMapping("/{id}/children")
    List<UnitResponse> children(@PathVariable long id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                AreaScope scope) {
        AdminUnit unit = units.get(id, scope);
        return UnitResponse.of(units.children(unit, unit.dateWithin(orToday(date)), scope));
    }

    @GetMapping("/{id}/history")
    History history(@PathVariable long id, AreaScope scope) {
        UnitHistory h = units.history(units.get(id, scope));
        return new History(UnitResponse.of(h.unit()), Link.of(h.formedFrom()), Link.of(h.wentInto()));
    }

    /** "What was unit 15 on 2024-05-01": the unit of a level and code in force on a date. */
    @GetMapping("/lookup")
    UnitResponse lookup(@RequestParam AdminUnit.Level level, @RequestParam String code,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        AreaScope scope) {
        return UnitResponse.of(units.at(level, code, orToday(date), scope));
    }

    @GetMapping("/search")
    List<UnitResponse> search(@RequestParam String q,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                              @RequestParam(defaultValue = "20") int limit, AreaScope scope) {
        return UnitResponse.of(units.search(q, date, scope, Math.max(1, Math.min(limit, 200))));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? BusinessCalendar.today(clock) : date;
    }
}
