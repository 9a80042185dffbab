package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting of a book keyed at once ({@link Meetings#recordAll}) breaks a rule, so nothing of the book
 * was saved. Names the meeting (its date and its place in the book, from 1) and, as for a single
 * meeting, each problem with its field (under {@code meetings[i].}) and member.
 */
public class RefusedMeetingInBook extends RefusedEntry {

    private final int position;
    private final transient LocalDate heldOn;

    public RefusedMeetingInBook(int position, LocalDate heldOn, List<Problem> problems) {
        super(named(position, heldOn, problems));
        this.position = position;
        this.heldOn = heldOn;
    }

    /** The meeting's place in the book, from 1. */
    public int position() {
        return position;
    }

    /** The meeting's date as entered (null if it had none). */
    public LocalDate heldOn() {
        return heldOn;
    }

    private static List<Problem> named(int position, LocalDate heldOn, List<Problem> problems) {
        String prefix = "meetings[" + (position - 1) + "].";
        List<Problem> out = new ArrayList<>();
        out.add(new Problem(prefix + "heldOn", "meetings.book.refused", heldOn, position));
        problems.forEach(p -> out.add(new Problem(prefix + p.field(), p.messageKey(), p.arguments())));
        return out;
    }
}
