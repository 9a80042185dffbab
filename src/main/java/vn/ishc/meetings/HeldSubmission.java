package vn.ishc.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting sent from a phone that the server refused because the meeting had changed meanwhile, held
 * for a person of the club or its area to decide: the meeting it would have changed (if any), what was
 * sent, why it was refused, and, once decided, what was decided.
 */
public record HeldSubmission(UUID id, UUID clubId, UUID meetingId, UUID clientId, Sent sent, Refusal refusal,
                             Resolution resolution) {

    /** The meeting as sent, by whom and when. */
    public record Sent(MeetingEntry entry, String by, Instant at) {
    }

    /** Why the server refused it, and the meeting's version at the time. */
    public record Refusal(Reason reason, Integer serverVersion, List<Problem> problems) {
        public Refusal {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /** Why a sent meeting was refused. */
    public enum Reason {
        /** Someone else saved the meeting after the phone's version. */
        CHANGED_MEANWHILE,
        /** Another meeting of the club was saved on the date first. */
        DATE_TAKEN,
        /** The meeting breaks a rule now (a member has left since it was typed): the problems say which. */
        REFUSED
    }

    /** What a person decided, who and when. */
    public record Resolution(Outcome outcome, String by, Instant at) {
    }

    /** What was decided about a held meeting. */
    public enum Outcome {
        /** The meeting as sent was recorded over the one recorded then. */
        KEPT_SENT,
        /** The meeting as recorded stays; the one sent is dropped. */
        KEPT_CURRENT,
        /** The phone took the server's meeting and dropped its own. */
        DROPPED_ON_PHONE
    }

    public boolean waiting() {
        return resolution == null;
    }
}
