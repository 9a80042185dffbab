package vn.ishc.meetings;

import java.util.Locale;
import java.util.Optional;

/** Whether a member came to a meeting: present, away with leave (excused), or absent. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, ABSENT;

    /**
     * The status as written in a form: its name, or the digit keyed in the desk grid from the paper
     * book (1 present, 2 excused, 3 absent; "x" also marks present). Empty when it means nothing.
     */
    public static Optional<AttendanceStatus> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "PRESENT", "1", "X" -> Optional.of(PRESENT);
            case "EXCUSED", "2" -> Optional.of(EXCUSED);
            case "ABSENT", "3" -> Optional.of(ABSENT);
            default -> Optional.empty();
        };
    }
}
