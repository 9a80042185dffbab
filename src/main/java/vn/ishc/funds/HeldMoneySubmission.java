package vn.ishc.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The money of a meeting that the server refused, held for a person of the club or its area to decide: the
 * lines as they were typed (no member's name: that is looked up when shown), which line was refused and why
 * (a message key and its arguments, read in the reader's language), who sent it and when, and, once decided,
 * what was decided.
 */
public record HeldMoneySubmission(UUID id, UUID clubId, String submission, LocalDate meetingDay, List<SentLine> lines,
                                  Refusal refusal, String sentBy, Instant sentAt, Resolution resolution) {

    /** A line as it was sent: a member's fee ({@code personId}) or a loan's repayment ({@code loanId}), the amount as typed. */
    public record SentLine(MeetingMoney.Kind kind, UUID personId, UUID loanId, String amount) {
    }

    /** Why the server refused it: the line refused (from 0; none when the whole submission was), the message and its arguments. */
    public record Refusal(Integer line, String key, List<Object> arguments) {

        /**
         * The arguments to format the message with. An argument that was itself a message (a loan's status, a field's
         * label) is kept as the JSON of its codes, and becomes that message again, in the reader's language.
         */
        public Object[] args() {
            return arguments.stream().map(Refusal::argument).toArray();
        }

        private static Object argument(Object stored) {
            if (stored instanceof java.util.Map<?, ?> m && m.get("codes") instanceof List<?> codes && !codes.isEmpty()) {
                Object fallback = m.get("defaultMessage");
                return new org.springframework.context.support.DefaultMessageSourceResolvable(
                        codes.stream().map(String::valueOf).toArray(String[]::new), null,
                        fallback == null ? String.valueOf(codes.get(codes.size() - 1)) : fallback.toString());
            }
            return stored;
        }
    }

    /** What a person decided, who and when. */
    public record Resolution(Outcome outcome, String by, Instant at) {
    }

    /** What was decided about held money. */
    public enum Outcome {
        /** Corrected and sent again with the same submission, and recorded. */
        SAVED,
        /** Dropped: nothing of it is recorded. */
        DROPPED
    }

    public boolean waiting() {
        return resolution == null;
    }
}
