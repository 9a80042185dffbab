package vn.ishc.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where Vietnamese text is normalised. Stored text is NFC with single spaces;
 * search keys drop case, diacritics and tone marks (so "Hoà", "Hòa" and "hoa" are one key),
 * and "đ" becomes "d". The database's {@code ishc_search_key} function computes the same key.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** White space of any kind, the non-breaking spaces that word processors and phones type included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Control characters left once white space is a space (NUL and the like): never part of a name. */
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");
    private static final Pattern LIKE_SPECIAL = Pattern.compile("[\\\\%_]");

    private VietnameseText() {
    }

    /** Unicode NFC, trimmed, inner runs of white space collapsed to one space, control characters dropped; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String spaced = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
        return CONTROLS.matcher(spaced).replaceAll("").strip();
    }

    /** The key used to compare and search names: lower case, no diacritics, single spaces. */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        String spaced = SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return CONTROLS.matcher(spaced).replaceAll("").strip();
    }

    /**
     * A SQL {@code like} pattern for the keys that contain {@code key}: its own {@code %}, {@code _} and
     * backslash are matched as themselves, never as wildcards (PostgreSQL's default escape, the backslash).
     */
    public static String containing(String key) {
        return "%" + LIKE_SPECIAL.matcher(key).replaceAll("\\\\$0") + "%";
    }
}
