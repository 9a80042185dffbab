package vn.ishc.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.programme.Target;
import vn.ishc.programme.Targets;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Progress beside a target: the indicator's value for the target's area over the target's own period
 * (so far, while it runs), restated on today's map, against the value the target asks; a share target
 * is read as the per cent of its denominator.
 */
@Service
@Transactional(readOnly = true)
public class TargetProgress {

    private final Targets targets;
    private final Indicators indicators;
    private final Clock clock;

    TargetProgress(Targets targets, Indicators indicators, Clock clock) {
        this.targets = targets;
        this.indicators = indicators;
        this.clock = clock;
    }

    /**
     * A target and where it stands: {@code achieved} (and {@code of}, for a share: the numerator and its
     * denominator) and the per cent of the target reached, to one decimal.
     */
    public record Progress(Target target, Period over, long achieved, Long of, BigDecimal reached) {

        /** For a share target, the share achieved in per cent, to one decimal; null for a count. */
        public BigDecimal share() {
            return of == null || of == 0 ? null
                    : BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
        }
    }

    /** The targets in force for exactly this area whose period meets the given one, each with its progress. */
    public List<Progress> of(String areaPath, Period period, AreaScope scope) {
        List<Progress> out = new ArrayList<>();
        for (Target t : targets.targetsFor(areaPath, period.first(), period.last(), scope)) {
            Progress p = progressOf(t, scope);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Where one target stands, in its own area; null for a version replaced, a code not computed or a target
     * whose period has not begun.
     */
    public Progress progressOf(Target t, AreaScope scope) {
        if (!t.current() || Indicator.of(t.code()).isEmpty()) {
            return null;
        }
        YearMonth now = YearMonth.from(BusinessCalendar.today(clock));
        YearMonth last = t.period().last().isAfter(now) ? now : t.period().last();
        if (last.isBefore(t.period().first())) {
            return null;
        }
        Period over = Period.range(t.period().first(), last);
        Long counted = indicators.total(t.areaPath(), over, Boundaries.RESTATED, scope, t.code());
        if (counted == null) {
            return null;
        }
        long achieved = counted;
        Long of = t.inPerCent() ? indicators.total(t.areaPath(), over, Boundaries.RESTATED, scope, t.ofCode()) : null;
        BigDecimal value = t.inPerCent() && of != null && of > 0
                ? BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(achieved);
        BigDecimal reached = t.value().signum() == 0 ? null
                : value.multiply(BigDecimal.valueOf(100)).divide(t.value(), 1, RoundingMode.HALF_UP);
        return new Progress(t, over, achieved, of, reached);
    }

}
