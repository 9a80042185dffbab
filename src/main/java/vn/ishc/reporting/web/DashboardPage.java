package vn.ishc.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.programme.Target;
import vn.ishc.programme.Targets;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.IndicatorExports;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.reporting.IndicatorTables.Place;
import vn.ishc.reporting.IndicatorTables.Table;
import vn.ishc.reporting.Period;
import vn.ishc.reporting.TargetProgress;
import vn.ishc.reporting.map.CommuneMap;
import vn.ishc.reporting.map.ProvinceMap;
import vn.ishc.reporting.map.ProvinceMapView;
import vn.ishc.reporting.web.DashboardView.Chart;
import vn.ishc.reporting.web.DashboardView.Choice;
import vn.ishc.reporting.web.DashboardView.Exports;
import vn.ishc.reporting.web.DashboardView.Flags;
import vn.ishc.reporting.web.DashboardView.FlaggedClub;
import vn.ishc.reporting.web.DashboardView.MapPart;
import vn.ishc.reporting.web.DashboardView.Point;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;

/** Puts the dashboard of an area or a club together from the figures, the targets and the map. */
@Component
class DashboardPage {

    /** An area with at most this many clubs lists those below the standard by name; a larger one counts them. */
    static final int FEW_CLUBS = 20;
    static final int FIRST_CHART_YEAR = 2021;

    private final IndicatorTables tables;
    private final Targets targets;
    private final TargetProgress progress;
    private final ProvinceMap provinceMap;
    private final CommuneMap communeMap;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPage(IndicatorTables tables, Targets targets, TargetProgress progress, ProvinceMap provinceMap,
                  CommuneMap communeMap, MessageSource messages, Clock clock) {
        this.tables = tables;
        this.targets = targets;
        this.progress = progress;
        this.provinceMap = provinceMap;
        this.communeMap = communeMap;
        this.messages = messages;
        this.clock = clock;
    }

    DashboardView build(DashboardQuery asked, Period period, String error, AreaScope scope, Locale locale) {
        Numbers say = new Numbers(messages, locale);
        Table table = asked.club() != null ? tables.club(asked.club(), period, scope)
                : tables.table(asked.area(), period, asked.boundaries(), scope, locale);
        Place place = table.place();
        DashboardQuery q = new DashboardQuery(place.isClub() ? null : place.path(), place.clubId(), period.code(),
                place.isClub() ? null : table.boundaries(), indicatorOf(asked.indicator()), asked.sort());
        List<Target> areaTargets = targetsOf(place, table, period, scope);
        Headlines headlines = new Headlines(say, progress, place, scope);
        return new DashboardView(place.name(), periodLabel(period, say),
                say.say(table.todaysMap() ? "dashboard.map.today" : "dashboard.map.asWas"),
                running(period, say),
                table.noteKey() != null ? say.say(table.noteKey()) : null, error,
                periods(q, period, say), maps(q, table, say), indicatorChoices(q, say), hidden(q), upHref(q, place, table, scope),
                headlines.of(table.figures(), areaTargets), headlines.others(areaTargets),
                chart(q, table, scope, say), BelowTable.of(table, q, say), RankedBars.of(table, q, say),
                map(q, table, scope, say, locale),
                flags(q, table, scope, say), exports(q, table, say));
    }

    /** The note that a period including today is counted up to today (as the figures count it); null otherwise. */
    private String running(Period period, Numbers say) {
        LocalDate today = BusinessCalendar.today(clock);
        if (!period.contains(YearMonth.from(today))) {
            return null;
        }
        return say.say("dashboard.running", today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private static String indicatorOf(String code) {
        return code != null && Indicator.of(code).isPresent() ? code : Indicator.CLUBS_ACTIVE.name();
    }

    private List<Target> targetsOf(Place place, Table table, Period period, AreaScope scope) {
        // Targets are set on today's map: an area of the old map (a district, an old commune) has none.
        if (place.isClub() || !place.isNation() && !table.todaysMap() && place.path().contains(".")) {
            return new ArrayList<>();
        }
        return new ArrayList<>(targets.targetsFor(place.path(), period.first(), period.last(), scope));
    }

    static String periodLabel(Period period, Numbers say) {
        YearMonth f = period.first();
        return switch (period.kind()) {
            case YEAR -> say.say("dashboard.period.year", String.valueOf(f.getYear()));
            case QUARTER -> say.say("dashboard.period.quarter", (f.getMonthValue() + 2) / 3, String.valueOf(f.getYear()));
            case MONTH -> say.say("dashboard.period.month", String.format("%02d/%d", f.getMonthValue(), f.getYear()));
            case RANGE -> say.say("dashboard.period.range", String.format("%02d/%d", f.getMonthValue(), f.getYear()),
                    String.format("%02d/%d", period.last().getMonthValue(), period.last().getYear()));
        };
    }

    private List<Choice> periods(DashboardQuery q, Period shown, Numbers say) {
        LocalDate today = BusinessCalendar.today(clock);
        YearMonth month = YearMonth.from(today);
        List<Period> offered = List.of(Period.year(today.getYear()), Period.year(today.getYear() - 1),
                Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3), Period.month(month));
        List<Choice> out = new ArrayList<>();
        for (Period p : offered) {
            out.add(new Choice(p.code(), periodLabel(p, say), q.withPeriod(p.code()).href(), p.equals(shown)));
        }
        return out;
    }

    private List<Choice> maps(DashboardQuery q, Table table, Numbers say) {
        if (table.place().isClub()) {
            return List.of();
        }
        return Arrays.stream(Boundaries.values())
                .map(b -> new Choice(b.name(), say.say("dashboard.boundaries." + b.name()),
                        q.withBoundaries(b).href(), b == table.boundaries()))
                .toList();
    }

    private static List<Choice> indicatorChoices(DashboardQuery q, Numbers say) {
        return Indicator.Shown.DASHBOARD_MAP.indicators().stream()
                .map(i -> new Choice(i.name(), say.name(i.name()), null, i.name().equals(q.indicator())))
                .toList();
    }

    private static DashboardView.Hidden hidden(DashboardQuery q) {
        return new DashboardView.Hidden(q.area(), q.club() == null ? null : q.club().toString(),
                q.boundaries() == null ? null : q.boundaries().name(), q.period(), q.indicator());
    }

    private static String upHref(DashboardQuery q, Place place, Table table, AreaScope scope) {
        String up;
        if (place.isClub()) {
            up = place.path();
        } else if (place.isNation()) {
            return null;
        } else {
            int dot = place.path().lastIndexOf('.');
            up = dot < 0 ? "" : place.path().substring(0, dot);
        }
        if (up == null || scope.clubId() != null || !scope.isNation() && (up.isEmpty() || !scope.covers(up))) {
            return null;
        }
        return q.withArea(up).href();
    }

    private Chart chart(DashboardQuery q, Table table, AreaScope scope, Numbers say) {
        Period period = table.period();
        Boundaries b = table.todaysMap() ? Boundaries.RESTATED : Boundaries.AS_WAS;
        List<Period> points = new ArrayList<>();
        YearMonth now = YearMonth.from(BusinessCalendar.today(clock));
        if (period.kind() == Period.Kind.YEAR) {
            int last = Math.max(period.first().getYear(), now.getYear());
            for (int y = FIRST_CHART_YEAR; y <= last; y++) {
                points.add(Period.year(y));
            }
        } else {
            YearMonth end = period.last().isAfter(now) ? now : period.last();
            for (int i = 11; i >= 0; i--) {
                points.add(Period.month(end.minusMonths(i)));
            }
        }
        List<Point> out = new ArrayList<>();
        for (Period p : points) {
            // On the map as it was, only the periods that ended before the reform are on the same map.
            if (b == Boundaries.AS_WAS && !p.end().isBefore(vn.ishc.geography.AdminUnits.REFORM_DATE)) {
                continue;
            }
            Long v = tables.totalOf(table.place(), p, b, scope, q.indicator());
            String label = p.kind() == Period.Kind.YEAR ? p.code()
                    : String.format("%02d/%d", p.first().getMonthValue(), p.first().getYear());
            out.add(new Point(label, v, say.of(q.indicator(), v)));
        }
        return new Chart(say.name(q.indicator()), out);
    }

    private MapPart map(DashboardQuery q, Table table, AreaScope scope, Numbers say, Locale locale) {
        Place place = table.place();
        if (!place.isNation() && !place.isProvince()) {
            return null;
        }
        if (!table.todaysMap()) {
            // The outlines are those of today's map: on the map as it was, the map is not drawn, as before.
            return new MapPart(null, say.say(place.isProvince() ? "dashboard.map.communes.onlyToday" : "dashboard.map.onlyToday"),
                    q.withBoundaries(Boundaries.RESTATED).href());
        }
        String caption = say.say("dashboard.map.caption", say.name(q.indicator()), periodLabel(table.period(), say));
        if (place.isProvince() && communeMap.draws(place.path())) {
            Map<String, Long> values = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (IndicatorTables.Row r : table.below()) {
                String code = r.figures().orgUnit();
                values.put(code, Numbers.value(r.figures(), q.indicator()));
                names.put(code, r.name());
            }
            // Every commune links to its dashboard, those without a club counted yet too.
            ProvinceMapView view = communeMap.colour(place.path(), values, names, locale, code -> {
                String path = place.path() + "." + code;
                return scope.covers(path) ? q.withArea(path).href() : null;
            });
            return new MapPart(view.withCaption(caption), null, null);
        }
        List<AreaFigures> provinces = place.isNation() ? table.rows().subList(1, table.rows().size())
                : tables.provinces(table.period(), table.boundaries(), scope);
        Map<String, Long> values = new HashMap<>();
        for (AreaFigures p : provinces) {
            values.put(p.orgUnit(), Numbers.value(p, q.indicator()));
        }
        ProvinceMapView view = provinceMap.colour(values, locale,
                code -> scope.covers(code) ? q.withArea(code).href() : null);
        return new MapPart(view.withCaption(caption), null, null);
    }

    private Flags flags(DashboardQuery q, Table table, AreaScope scope, Numbers say) {
        AreaFigures f = table.figures();
        Long active = Numbers.value(f, Indicator.CLUBS_ACTIVE.name());
        Long standard = Numbers.value(f, Indicator.CLUBS_STANDARD_OK.name());
        Long met = Numbers.value(f, Indicator.CLUBS_MET_MONTHLY.name());
        String below = say.of(Indicator.CLUBS_ACTIVE.name(), standard == null ? null : active - standard);
        String notMet = say.of(Indicator.CLUBS_ACTIVE.name(), met == null ? null : active - met);
        List<IndicatorTables.Row> clubs;
        if (table.place().isClub()) {
            clubs = List.of(new IndicatorTables.Row(null, table.place().clubId(), f));
        } else if (table.place().isCommune()) {
            clubs = table.below();
        } else {
            clubs = tables.clubsOf(table.place(), table.period(), table.boundaries(), scope, FEW_CLUBS);
        }
        if (clubs == null) {
            return new Flags(below, notMet, List.of(), false);
        }
        List<FlaggedClub> flagged = new ArrayList<>();
        for (IndicatorTables.Row club : clubs) {
            if (!Long.valueOf(1).equals(Numbers.value(club.figures(), Indicator.CLUBS_ACTIVE.name()))) {
                continue;
            }
            boolean low = Long.valueOf(0).equals(Numbers.value(club.figures(), Indicator.CLUBS_STANDARD_OK.name()));
            boolean missed = Long.valueOf(0).equals(Numbers.value(club.figures(), Indicator.CLUBS_MET_MONTHLY.name()));
            if (low || missed) {
                flagged.add(new FlaggedClub(club.name(), club.clubId() == null ? null : q.withClub(club.clubId()).href(),
                        low, missed));
            }
        }
        return new Flags(below, notMet, flagged, true);
    }

    private Exports exports(DashboardQuery q, Table table, Numbers say) {
        if (table.place().isClub()) {
            return null;
        }
        InvalidInputException refusal = IndicatorExports.dhis2Refusal(table);
        return new Exports(q.export("/api/v1/indicators.xlsx", null),
                IndicatorExports.adxRefusal(table) == null ? q.export("/api/v1/indicators.adx", null) : null,
                refusal == null ? q.export("/api/v1/indicators.json", "format=dhis2") : null,
                refusal == null ? null : say.say(refusal.messageKey(), refusal.arguments()),
                table.period().kind() == vn.ishc.reporting.Period.Kind.YEAR
                        ? org.springframework.web.util.UriComponentsBuilder.fromPath("/reports/annual")
                                .queryParam("area", table.place().path()).queryParam("year", table.period().first().getYear())
                                .queryParam("boundaries", table.boundaries()).build().encode().toUriString()
                        : null);
    }
}
