package vn.ishc.programme;

import java.util.List;

/**
 * The participants of a course as a reader may see them: by name those within the reader's area (all
 * of them for the organisers), and how many others there are. Partners see numbers only.
 */
public record Roster(List<Participant> named, int others) {

    public int total() {
        return named.size() + others;
    }
}
