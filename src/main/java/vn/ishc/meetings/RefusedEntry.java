package vn.ishc.meetings;

import java.util.List;
import vn.ishc.shared.InvalidInputException;

/**
 * What was entered breaks one or more rules; nothing was saved. The first problem is the exception's
 * own message and field; {@link #problems()} lists them all, each naming its field and, for a member's
 * row, the member.
 */
public class RefusedEntry extends InvalidInputException {

    private final transient List<Problem> problems;

    public RefusedEntry(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).field(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
