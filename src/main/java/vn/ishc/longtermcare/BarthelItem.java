package vn.ishc.longtermcare;

import java.util.Arrays;
import java.util.List;

/**
 * The ten activities of daily living of the Barthel index (Mahoney and Barthel 1965, in the scoring
 * of Collin and Wade 1988 multiplied by five: 0–100). Each item takes only the scores listed: 0 means
 * unable or dependent, the highest independent.
 */
public enum BarthelItem {
    FEEDING(0, 5, 10),
    BATHING(0, 5),
    GROOMING(0, 5),
    DRESSING(0, 5, 10),
    BOWELS(0, 5, 10),
    BLADDER(0, 5, 10),
    TOILET_USE(0, 5, 10),
    TRANSFERS(0, 5, 10, 15),
    MOBILITY(0, 5, 10, 15),
    STAIRS(0, 5, 10);

    private final int[] scores;

    BarthelItem(int... scores) {
        this.scores = scores;
    }

    /** The scores this item may take, lowest first. */
    public List<Integer> scores() {
        return Arrays.stream(scores).boxed().toList();
    }

    public int highest() {
        return scores[scores.length - 1];
    }

    public boolean allows(int score) {
        return Arrays.stream(scores).anyMatch(s -> s == score);
    }
}
