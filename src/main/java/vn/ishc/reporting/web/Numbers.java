package vn.ishc.reporting.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.Period;

/** Figures as the reader reads them: numbers in their locale, money in đồng, shares with both parts. */
final class Numbers {

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat percent;

    Numbers(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
    }

    /**
     * The value of an indicator's total (or of one disaggregation); zero when none is kept (zero figures
     * are not kept). Null where it cannot be said: a code the system does not compute (a target may name
     * one), or a count of people over the period as a whole for a range of months.
     */
    static Long value(AreaFigures figures, String code, Map<String, String> dims) {
        if (figures == null || Indicator.of(code).isEmpty()) {
            return null;
        }
        if (figures.period().kind() == Period.Kind.RANGE && !Indicator.of(code).get().readOverRanges()
                && figures.figures().stream().noneMatch(f -> f.code().equals(code) && f.isTotal())) {
            // Not counted for this range: its area has too many clubs to count people over a free range.
            return null;
        }
        for (Figure f : figures.figures()) {
            if (f.code().equals(code) && f.dims().equals(dims)) {
                return f.value();
            }
        }
        return 0L;
    }

    static Long value(AreaFigures figures, String code) {
        return value(figures, code, Map.of());
    }

    String say(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String name(String code) {
        return messages.getMessage("indicator." + code + ".name", null, code, locale);
    }

    String whole(long v) {
        return whole.format(v);
    }

    String number(BigDecimal v) {
        return NumberFormat.getNumberInstance(locale).format(v);
    }

    String percent(double v) {
        return percent.format(v);
    }

    /** A value of the indicator as text: money with its unit, "—" when unknown. */
    String of(String code, Long v) {
        if (v == null) {
            return say("dashboard.unknown");
        }
        return Indicator.inDong(code) ? say("dashboard.money", whole(v)) : whole(v);
    }

    /** "1.234 / 2.000 (61,7 %)", or "0 / 0" when there is nothing to divide by. */
    String share(String code, Long part, Long of) {
        if (part == null || of == null) {
            return say("dashboard.unknown");
        }
        String a = Indicator.inDong(code) ? of(code, part) : whole(part);
        String b = Indicator.inDong(code) ? of(code, of) : whole(of);
        return of == 0 ? say("dashboard.shareNone", a, b) : say("dashboard.share", a, b, percent(100.0 * part / of));
    }
}
