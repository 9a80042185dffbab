package vn.ishc.members;

import java.util.List;
import java.util.UUID;

/**
 * The current members of other clubs with the same name (without tone marks or case) and birth year as someone
 * looked for: those in a club the reader sees, each with the club, and how many other people match in clubs the
 * reader does not see, of whom nothing else is told.
 */
public record LikelyDuplicate(List<Match> inScope, int outOfScope) {

    public static final LikelyDuplicate NONE = new LikelyDuplicate(List.of(), 0);

    /** A member of a club the reader sees: the person (name, birth as recorded) and the club. */
    public record Match(UUID personId, String fullName, String birth, UUID clubId, String clubName) {
    }

    public boolean isEmpty() {
        return inScope.isEmpty() && outOfScope == 0;
    }
}
