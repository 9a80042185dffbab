package vn.ishc.shared;

/**
 * Amounts of money as people type them: whole đồng, with dots, commas or spaces between thousands
 * (1.500.000, 1,500,000, 1 500 000) and perhaps a trailing "đ".
 */
public final class Dong {

    private Dong() {
    }

    /**
     * The amount typed, or null when nothing was typed; refused with {@code messageKey} (the typed text
     * as its argument) naming {@code field} when it is not a whole number of đồng.
     */
    public static Long parse(String typed, String messageKey, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.,đĐ]", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new InvalidInputException(messageKey, field, typed.strip());
        }
        return Long.parseLong(digits);
    }
}
