package vn.ishc.shared;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Amounts of money as people type them: whole đồng (the đồng has no smaller unit), as plain digits or
 * with the thousands in groups of three set apart by dots, commas or spaces, one kind throughout
 * (1.500.000, 1,500,000, 1 500 000), perhaps followed by "đ", "đồng" or "VNĐ". Nothing else is guessed
 * at: "1,5" or "2,50" is refused rather than read as 15 or 250 đồng.
 */
public final class Dong {

    /** Fifteen digits: up to 999 nghìn tỷ đồng, far above any club's money and safely inside a long. */
    private static final int MOST_DIGITS = 15;
    private static final Pattern UNIT = Pattern.compile("\\s*(đồng|đ|vnđ|vnd)$");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., ])\\d{3}(\\1\\d{3})*");

    private Dong() {
    }

    /**
     * The amount typed, or null when nothing was typed; refused with the message {@code money.typed}, which
     * repeats what was typed and names {@code field} (by its label {@code field.<field>}) and the forms that
     * are read, when it is not a whole number of đồng written in one of them.
     */
    public static Long parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = UNIT.matcher(VietnameseText.clean(typed).toLowerCase(Locale.ROOT)).replaceFirst("");
        if (!PLAIN.matcher(text).matches() && !GROUPED.matcher(text).matches()) {
            throw refused(typed, field);
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() > MOST_DIGITS) {
            throw refused(typed, field);
        }
        return Long.parseLong(digits);
    }

    /** An amount as Vietnamese books write it: thousands set apart by dots (1.500.000). */
    public static String format(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static InvalidInputException refused(String typed, String field) {
        return new InvalidInputException("money.typed", field, typed.strip(),
                new DefaultMessageSourceResolvable("field." + field));
    }
}
