package vn.ishc.longtermcare;

import java.util.ArrayList;
import java.util.List;

/**
 * The care-need level of an assessment, by these rules (the highest level any rule gives):
 * <ul>
 * <li><b>HIGH</b>: Barthel index 60 or less (severe or total dependency, Shah et al. 1989); or 90 or
 * less for a person living alone without a family carer.</li>
 * <li><b>MODERATE</b>: Barthel 61–90 (moderate dependency); or a Lawton score of 4 or less (needs help in
 * half the household activities or more); or a positive cognition screen in a person living alone
 * without a carer.</li>
 * <li><b>LOW</b>: Barthel 91–99 (slight dependency); or a Lawton score of 5–7; or a positive cognition or
 * mood screen.</li>
 * <li><b>NONE</b>: independent in all (Barthel 100, Lawton 8, both screens negative).</li>
 * </ul>
 * The rules that gave the level are returned with it, so a page can say why.
 */
public final class NeedLevelRules {

    private NeedLevelRules() {
    }

    /** A rule that applied to an assessment, and the level it gives. */
    public enum Reason {
        BARTHEL_SEVERE(NeedLevel.HIGH),
        BARTHEL_DEPENDENT_ALONE(NeedLevel.HIGH),
        BARTHEL_MODERATE(NeedLevel.MODERATE),
        LAWTON_HALF_OR_MORE(NeedLevel.MODERATE),
        COGNITION_ALONE(NeedLevel.MODERATE),
        BARTHEL_SLIGHT(NeedLevel.LOW),
        LAWTON_SOME(NeedLevel.LOW),
        COGNITION(NeedLevel.LOW),
        MOOD(NeedLevel.LOW);

        private final NeedLevel level;

        Reason(NeedLevel level) {
            this.level = level;
        }

        public NeedLevel level() {
            return level;
        }
    }

    /** The level and the rules that applied, highest level first. */
    public record Result(NeedLevel level, List<Reason> reasons) {
        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    public static Result of(AssessmentAnswers answers) {
        int barthel = answers.barthelScore();
        int lawton = answers.lawtonScore();
        boolean cognition = answers.positive(ScreenItem.Screen.COGNITION);
        List<Reason> reasons = new ArrayList<>();
        add(reasons, barthel <= 60, Reason.BARTHEL_SEVERE);
        add(reasons, barthel > 60 && barthel <= 90 && answers.aloneWithoutCarer(), Reason.BARTHEL_DEPENDENT_ALONE);
        add(reasons, barthel > 60 && barthel <= 90, Reason.BARTHEL_MODERATE);
        add(reasons, lawton <= 4, Reason.LAWTON_HALF_OR_MORE);
        add(reasons, cognition && answers.aloneWithoutCarer(), Reason.COGNITION_ALONE);
        add(reasons, barthel > 90 && barthel < 100, Reason.BARTHEL_SLIGHT);
        add(reasons, lawton > 4 && lawton < 8, Reason.LAWTON_SOME);
        add(reasons, cognition, Reason.COGNITION);
        add(reasons, answers.positive(ScreenItem.Screen.MOOD), Reason.MOOD);
        NeedLevel level = reasons.stream().map(Reason::level).max(Enum::compareTo).orElse(NeedLevel.NONE);
        return new Result(level, reasons);
    }

    private static void add(List<Reason> reasons, boolean applies, Reason reason) {
        if (applies) {
            reasons.add(reason);
        }
    }
}
