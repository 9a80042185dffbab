package vn.ishc.homecare;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.meetings.Problem;

/**
 * A home visit that the server refused, held for the club's board, the officers of its area or the volunteer who
 * sent it to decide: the visit's id, the form's values as they were typed (by field name), what was wrong (message
 * keys and their arguments, read in the reader's language), who sent it and when, and, once decided, what was
 * decided.
 */
public record HeldVisit(UUID id, UUID clubId, UUID recipientId, UUID visitId, Map<String, List<String>> sent,
                        List<Problem> problems, String sentBy, Instant sentAt, Resolution resolution) {

    /** What a person decided, who and when. */
    public record Resolution(Outcome outcome, String by, Instant at) {
    }

    /** What was decided about a held visit. */
    public enum Outcome {
        /** Corrected, sent again and recorded. */
        SAVED,
        /** Dropped: no visit is recorded from it. */
        DROPPED
    }

    public boolean waiting() {
        return resolution == null;
    }

    /** The first value typed in a field, or null. */
    public String value(String field) {
        List<String> values = sent.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
