package vn.ishc.longtermcare;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an assessment asked and was answered: a score for each of the ten Barthel items, whether the
 * person manages each of the eight Lawton activities, a yes or no to each screen question, with whom
 * they live and whether a family carer looks after them. Every question must be answered and every
 * Barthel score must be one its item allows; the scores are computed from the answers, never typed.
 */
public record AssessmentAnswers(Map<BarthelItem, Integer> barthel, Map<LawtonItem, Boolean> lawton,
        Map<ScreenItem, Boolean> screens, LivingSituation living, boolean hasCarer) {

    public AssessmentAnswers {
        Objects.requireNonNull(living, "living");
        barthel = complete(barthel, BarthelItem.class, "barthel");
        lawton = complete(lawton, LawtonItem.class, "lawton");
        screens = complete(screens, ScreenItem.class, "screens");
        barthel.forEach((item, score) -> {
            if (!item.allows(score)) {
                throw new UnansweredOrInvalid("barthel." + item.name(), String.valueOf(score));
            }
        });
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> answers, Class<K> items, String group) {
        EnumMap<K, V> copy = new EnumMap<>(items);
        if (answers != null) {
            answers.forEach((item, value) -> {
                if (item != null && value != null) {
                    copy.put(item, value);
                }
            });
        }
        for (K item : items.getEnumConstants()) {
            if (!copy.containsKey(item)) {
                throw new UnansweredOrInvalid(group + "." + item.name(), "");
            }
        }
        return Map.copyOf(copy);
    }

    /** The Barthel index, 0 (fully dependent) to 100 (independent in all ten activities). */
    public int barthelScore() {
        return barthel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The Lawton score, 0 to 8: the number of activities the person manages. */
    public int lawtonScore() {
        return (int) lawton.values().stream().filter(Boolean::booleanValue).count();
    }

    public boolean positive(ScreenItem.Screen screen) {
        long yes = Arrays.stream(ScreenItem.values())
                .filter(item -> item.screen() == screen && screens.get(item))
                .count();
        return yes >= screen.positiveFrom();
    }

    /** Lives alone and no family carer looks after them. */
    public boolean aloneWithoutCarer() {
        return living == LivingSituation.ALONE && !hasCarer;
    }

    /** A question left unanswered, or a Barthel score its item does not allow: the field and the value. */
    public static final class UnansweredOrInvalid extends IllegalArgumentException {
        private final String field;
        private final String value;

        UnansweredOrInvalid(String field, String value) {
            super(value.isEmpty() ? field + " is not answered" : field + " does not allow " + value);
            this.field = field;
            this.value = value;
        }

        public String field() {
            return field;
        }

        public String value() {
            return value;
        }
    }
}
