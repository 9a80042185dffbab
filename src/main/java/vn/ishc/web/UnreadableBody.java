package vn.ishc.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request body that could not be read, as a caller can act on it: the field by its place
 * in the body ({@code amount}, {@code meetings[0].rows[2].reading.systolic}), the value exactly as sent, and a
 * message key with its arguments saying what the field takes; or, for text that is not JSON, where it breaks.
 */
record UnreadableBody(String field, String value, String messageKey, Object... arguments) {

    /** The range of each whole-number type, for a number sent outside it. */
    private static final Map<Class<?>, List<String>> RANGES = Map.of(
            Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE), long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE), int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE), short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
            Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE), byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE));

    static UnreadableBody of(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return ofField(path(m), m);
        }
        if (e.getCause() instanceof StreamReadException s && s.getLocation() != null && s.getLocation().getLineNr() > 0) {
            TokenStreamLocation at = s.getLocation();
            return new UnreadableBody(null, null, "error.body.syntax", at.getLineNr(), at.getColumnNr());
        }
        return new UnreadableBody(null, null, "error.unreadableBody");
    }

    private static UnreadableBody ofField(String field, MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (!(e instanceof InvalidFormatException f) || f.getValue() == null || type == null) {
            return new UnreadableBody(field, null, "error.body.shape", field);
        }
        String value = String.valueOf(f.getValue());
        if (JsonInputConfiguration.WHOLE_NUMBERS.contains(type)) {
            return f instanceof JsonInputConfiguration.OutOfRange && RANGES.containsKey(type)
                    ? new UnreadableBody(field, value, "error.body.numberRange", field, value, RANGES.get(type).get(0),
                            RANGES.get(type).get(1))
                    : new UnreadableBody(field, value, "error.body.wholeNumber", field, value);
        }
        if (type.isEnum()) {
            String accepted = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new UnreadableBody(field, value, "error.body.choice", field, value, accepted);
        }
        String key = type == LocalDate.class ? "error.body.date"
                : type == YearMonth.class ? "error.body.month"
                : type == UUID.class ? "error.body.id"
                : type == Boolean.class || type == boolean.class ? "error.body.yesNo"
                : "error.body.value";
        return new UnreadableBody(field, value, key, field, value);
    }

    /** The field's place in the body as a client writes it: names joined by dots, list positions in brackets. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<String> range(long min, long max) {
        return List.of(Long.toString(min), Long.toString(max));
    }
}
