package vn.ishc.programme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.regex.Pattern;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.VietnameseText;

/** The checks of a target's fields, each refusal naming its field. */
final class TargetRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    static final Pattern AREA_PATH = Pattern.compile("\\d{2}(\\.\\d{5})?");
    /** A count or amount larger than this is a typing slip (the whole budget of the state is below it). */
    static final BigDecimal MAX_COUNT = new BigDecimal("1000000000000000");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private TargetRules() {
    }

    /** The fields of a new target once checked and cleaned. */
    record Checked(String code, YearMonth first, YearMonth last, Target.Measure measure, BigDecimal value,
                   String ofCode, Target.Direction direction, String note) {
    }

    static Checked check(NewTarget t) {
        String code = code(t.code(), "code");
        if (t.first() == null) {
            throw missing("first");
        }
        if (t.last() == null) {
            throw missing("last");
        }
        if (t.first().getYear() < FIRST_YEAR || t.last().getYear() > LAST_YEAR) {
            throw new InvalidInputException("programme.period.outOfRange", "first", FIRST_YEAR, LAST_YEAR);
        }
        if (t.last().isBefore(t.first())) {
            throw new InvalidInputException("programme.period.endsBeforeStart", "last", label(t.first()), label(t.last()));
        }
        Target.Measure measure = t.measure() == null ? Target.Measure.COUNT : t.measure();
        if (t.value() == null) {
            throw missing("value");
        }
        checkValue(measure, t.value(), "value");
        String ofCode = null;
        if (measure == Target.Measure.SHARE) {
            ofCode = code(t.ofCode(), "ofCode");
            if (ofCode.equals(code)) {
                throw new InvalidInputException("programme.ofCode.same", "ofCode", code);
            }
        } else if (t.ofCode() != null && !t.ofCode().isBlank()) {
            throw new InvalidInputException("programme.ofCode.onlyForShare", "ofCode");
        }
        Target.Direction direction = t.direction() == null ? Target.Direction.AT_LEAST : t.direction();
        return new Checked(code, t.first(), t.last(), measure, normal(t.value()), ofCode, direction, text(t.note()));
    }

    /** A count is a whole number from 0; a share is a per cent above 0 and at most 100, in hundredths. */
    static void checkValue(Target.Measure measure, BigDecimal value, String field) {
        BigDecimal v = normal(value);
        if (measure == Target.Measure.COUNT) {
            if (v.signum() < 0 || v.scale() > 0 || v.compareTo(MAX_COUNT) > 0) {
                throw new InvalidInputException("programme.value.count", field, v.toPlainString());
            }
        } else if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) > 0 || v.scale() > 2) {
            throw new InvalidInputException("programme.value.share", field, v.toPlainString());
        }
    }

    static NewTarget.NewDocument checkDocument(NewTarget.NewDocument d) {
        if (d == null || d.kind() == null) {
            throw missing("documentKind");
        }
        String number = text(d.number());
        if (number == null) {
            throw missing("documentNumber");
        }
        if (number.length() > 200) {
            throw new InvalidInputException("programme.text.tooLong", "documentNumber", 200);
        }
        String title = text(d.title());
        if (title != null && title.length() > 500) {
            throw new InvalidInputException("programme.text.tooLong", "documentTitle", 500);
        }
        return new NewTarget.NewDocument(d.kind(), number, title, d.issuedOn(), text(d.note()));
    }

    /** The value without trailing zeros, never in exponent form. */
    static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String code(String raw, String field) {
        String c = raw == null ? "" : raw.strip().toUpperCase();
        if (c.isEmpty()) {
            throw missing(field);
        }
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("programme.code.invalid", field, c);
        }
        return c;
    }

    private static String text(String raw) {
        String t = VietnameseText.clean(raw);
        return t == null || t.isEmpty() ? null : t;
    }

    private static String label(YearMonth m) {
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("programme.field.missing", field);
    }
}
