package vn.ishc.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Vietnamese alphabetical order of names, used wherever a list of names is sorted: letter by letter
 * in the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư v x y), case and tone marks deciding only
 * between words that are otherwise equal, the tones in the order none, huyền, hỏi, ngã, sắc, nặng.
 * The JDK's collation for Vietnamese follows this order (its tests say so), so no other library is needed.
 * A missing name comes last.
 */
public final class VietnameseOrder {

    private static final Collator COLLATOR = collator();

    /** Names in Vietnamese alphabetical order; null last. */
    public static final Comparator<String> NAMES = Comparator.nullsLast(VietnameseOrder::compare);

    private VietnameseOrder() {
    }

    /** Things in the Vietnamese alphabetical order of a name of theirs (a null name last). */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    private static int compare(String a, String b) {
        // RuleBasedCollator.compare is synchronized; the shared instance is never changed after start.
        return COLLATOR.compare(a, b);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
