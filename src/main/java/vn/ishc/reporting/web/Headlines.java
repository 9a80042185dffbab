package vn.ishc.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ishc.programme.Target;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.reporting.TargetProgress;
import vn.ishc.reporting.web.DashboardView.Headline;
import vn.ishc.reporting.web.DashboardView.TargetLine;
import vn.ishc.shared.AreaScope;

/**
 * The headline figures of an area and period, each beside the targets set for the area whose months
 * overlap the period. A target's progress is the figure over the target's own months (so far), on
 * today's map, which is the map targets are set on.
 */
final class Headlines {

    /** The headline figures: a code, for all or one disaggregation, and the message that names it (null: the code's name). */
    private record Spec(String code, Map<String, String> dims, String labelKey) {

        /** The code it is a share of: its own total for a disaggregation, the indicator it is a per cent of, or null. */
        String of() {
            if (!dims.isEmpty()) {
                return code;
            }
            return Indicator.of(code).flatMap(Indicator::perCentOf).map(Indicator::name).orElse(null);
        }
    }

    // The messages that name some of them; the others are named by their code's name.
    private static final Map<Indicator, String> LABELS = Map.of(Indicator.PAR1, "dashboard.headline.par1",
            Indicator.PAR30, "dashboard.headline.par30", Indicator.PAR90, "dashboard.headline.par90",
            Indicator.PAR180, "dashboard.headline.par180", Indicator.COMMUNES_WITH_CLUB, "dashboard.headline.communes");

    private static final List<Spec> SPECS = specs();

    private static List<Spec> specs() {
        List<Spec> out = new java.util.ArrayList<>();
        for (Indicator i : Indicator.Shown.DASHBOARD_HEADLINES.indicators()) {
            out.add(new Spec(i.name(), Map.of(), LABELS.get(i)));
            if (i == Indicator.MEMBERS) {
                out.add(new Spec(i.name(), Map.of("SEX", "F"), "dashboard.headline.women"));
            }
        }
        return List.copyOf(out);
    }

    private final Numbers say;
    private final TargetProgress progress;
    private final AreaScope scope;
    private final IndicatorTables.Place place;

    Headlines(Numbers say, TargetProgress progress, IndicatorTables.Place place, AreaScope scope) {
        this.say = say;
        this.progress = progress;
        this.place = place;
        this.scope = scope;
    }

    /** The headlines; the targets used are taken out of {@code targets}, leaving those of other figures. */
    List<Headline> of(AreaFigures figures, List<Target> targets) {
        List<Headline> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            if (place.isClub() && spec.code().startsWith("COMMUNES")) {
                continue;
            }
            Long v = Numbers.value(figures, spec.code(), spec.dims());
            String label = spec.labelKey() == null ? say.name(spec.code()) : say.say(spec.labelKey());
            String share = spec.of() == null ? null : say.share(spec.code(), v, Numbers.value(figures, spec.of()));
            List<TargetLine> lines = new ArrayList<>();
            if (spec.dims().isEmpty()) {
                for (var it = targets.iterator(); it.hasNext(); ) {
                    Target t = it.next();
                    if (t.code().equals(spec.code())) {
                        lines.add(line(t));
                        it.remove();
                    }
                }
            }
            out.add(new Headline(spec.code() + (spec.dims().isEmpty() ? "" : "_F"), label,
                    spec.of() == null ? say.of(spec.code(), v) : null, share, lines));
        }
        return out;
    }

    /** The targets of other figures, with their progress. */
    List<TargetLine> others(List<Target> targets) {
        return targets.stream().map(this::line).toList();
    }

    private TargetLine line(Target t) {
        // The progress the annual summary shows too: over the target's months so far.
        TargetProgress.Progress reached = progress.progressOf(t, scope);
        String direction = say.say("dashboard.target." + t.direction().name());
        String document = t.document() == null ? say.say("dashboard.unknown") : t.document().number();
        Long actual = reached == null ? null : reached.achieved();
        if (t.inPerCent()) {
            Long of = reached == null ? null : reached.of();
            String text = say.say("dashboard.target.share", say.name(t.code()), direction, say.number(t.value()),
                    say.name(t.ofCode()), t.period().label(), document, say.share(t.code(), actual, of));
            Boolean met = actual == null || of == null || of == 0 ? null
                    : meets(t, BigDecimal.valueOf(actual * 100.0 / of));
            return new TargetLine(text, met);
        }
        String percent = actual == null || t.value().signum() == 0 ? say.say("dashboard.unknown")
                : say.percent(BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                        .divide(t.value(), 1, RoundingMode.HALF_UP).doubleValue());
        String text = say.say("dashboard.target.count", say.name(t.code()), direction,
                say.of(t.code(), t.value().longValue()), t.period().label(), document, say.of(t.code(), actual), percent);
        return new TargetLine(text, actual == null ? null : meets(t, BigDecimal.valueOf(actual)));
    }

    private static Boolean meets(Target t, BigDecimal actual) {
        int c = actual.compareTo(t.value());
        return t.direction() == Target.Direction.AT_LEAST ? c >= 0 : c <= 0;
    }

    /** The codes the headlines show, for the targets that belong to them. */
    static Set<String> codes() {
        Set<String> out = new java.util.LinkedHashSet<>();
        SPECS.forEach(s -> out.add(s.code()));
        return out;
    }
}
