package vn.ishc.longtermcare;

/**
 * The yes/no questions of the cognition and mood screens, a "yes" being the answer of concern. A screen
 * is positive when at least {@link Screen#positiveFrom()} of its questions are answered "yes".
 */
public enum ScreenItem {
    /** Forgets recent events or conversations more than before (asked of the person or the carer). */
    MEMORY_WORSE(Screen.COGNITION),
    /** Does not know the day, the month or where they are. */
    DISORIENTED(Screen.COGNITION),
    /** Has got lost, or left the stove or the door open, in the last months. */
    UNSAFE_FORGETTING(Screen.COGNITION),
    /** Little interest or pleasure in doing things, over the last two weeks (PHQ-2, first question). */
    LITTLE_INTEREST(Screen.MOOD),
    /** Feeling down, depressed or hopeless, over the last two weeks (PHQ-2, second question). */
    FEELING_DOWN(Screen.MOOD);

    private final Screen screen;

    ScreenItem(Screen screen) {
        this.screen = screen;
    }

    public Screen screen() {
        return screen;
    }

    /** The two screens and how many "yes" make each positive. */
    public enum Screen {
        COGNITION(2),
        MOOD(1);

        private final int positiveFrom;

        Screen(int positiveFrom) {
            this.positiveFrom = positiveFrom;
        }

        public int positiveFrom() {
            return positiveFrom;
        }
    }
}
