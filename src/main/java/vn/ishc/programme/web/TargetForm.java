package vn.ishc.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.ishc.programme.NewTarget;
import vn.ishc.programme.SourceDocument;
import vn.ishc.programme.Target;
import vn.ishc.shared.InvalidInputException;

/** The form to record a target, as typed: months as yyyy-MM, numbers as people write them. */
record TargetForm(String id, String code, String areaPath, String first, String last, String measure, String value,
                  String ofCode, String direction, String documentId, String documentKind, String documentNumber,
                  String documentTitle, String documentIssuedOn, String documentNote, String note) {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");

    static TargetForm empty(String areaPath) {
        return new TargetForm(UUID.randomUUID().toString(), null, areaPath, null, null, "COUNT", null, null, "AT_LEAST",
                null, null, null, null, null, null, null);
    }

    NewTarget command() {
        Target.Measure m = blank(measure) ? Target.Measure.COUNT : pick(Target.Measure.class, measure, "measure");
        NewTarget.NewDocument document = blank(documentId) ? new NewTarget.NewDocument(
                blank(documentKind) ? null : pick(SourceDocument.Kind.class, documentKind, "documentKind"),
                documentNumber, documentTitle, day(documentIssuedOn, "documentIssuedOn"), documentNote) : null;
        return new NewTarget(uuid(id, "id"), code, areaPath == null ? "" : areaPath,
                month(first, "first"), month(last, "last"), m, number(value, m, "value"), ofCode,
                blank(direction) ? null : pick(Target.Direction.class, direction, "direction"),
                uuid(documentId, "documentId"), document, note);
    }

    private static <E extends Enum<E>> E pick(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("programme.choice.invalid", field, text.strip());
        }
    }

    private static UUID uuid(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("programme.choice.invalid", field, text.strip());
        }
    }

    /** A number as typed: "3.000", "3,000" or "3000" for a count; "70", "95,5" or "95.5 %" for a per cent. */
    static BigDecimal number(String text, Target.Measure measure, String field) {
        if (blank(text)) {
            return null;
        }
        String t = text.replace("\u00a0", "").replace(" ", "").strip();
        if (measure == Target.Measure.SHARE) {
            t = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
            if (DECIMAL.matcher(t).matches()) {
                return new BigDecimal(t.replace(',', '.'));
            }
        } else if (GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(".", "").replace(",", ""));
        } else if (WHOLE.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        throw new InvalidInputException("programme.value.unreadable", field, text.strip());
    }

    private static YearMonth month(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("programme.month.invalid", field, text.strip());
        }
    }

    private static LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("programme.date.invalid", field, text.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
