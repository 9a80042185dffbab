package vn.ishc.members;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.ishc.shared.ExpiringRecords;

/**
 * How long each kind of personal record is kept ({@code ishc.retention.*}); for each, 0 turns its removal off.
 * The daily job runs at {@code ishc.retention.cron}, in Vietnam's time (02:30 by default). A person's health
 * readings have no period of their own: they are kept, under the pseudonym, once the person is anonymised
 * ({@code left-years}), since the figures of past periods are counted again from them on a rebuild.
 *
 * @param leftYears             a person whose last membership ended this many whole years ago (and who has no
 *                              loan still open) is anonymised; 10 by default, the time accounting records are
 *                              kept, since a member's payments are part of the club's books
 * @param visitNotesYears       the observations typed on a home visit are cleared this many years after the
 *                              visit; 5 by default (the visit, its tasks and any reading stay: they are counted)
 * @param signInFailuresYears   the counts of failed sign-ins per account or address are removed this many years
 *                              after the last failure; 1 by default, long past any lock
 * @param healthReadsYears      the lines of the health-read log are removed this many years after the read;
 *                              5 by default, long enough for a person or the inspectorate to ask who read
 * @param heldSubmissionsYears  a held or refused submission (meeting, money or visit) already decided is
 *                              removed this many years after the decision; 1 by default
 */
@ConfigurationProperties("ishc.retention")
public record RetentionPolicy(@DefaultValue("10") int leftYears, @DefaultValue("5") int visitNotesYears,
                              @DefaultValue("1") int signInFailuresYears, @DefaultValue("5") int healthReadsYears,
                              @DefaultValue("1") int heldSubmissionsYears) {

    public RetentionPolicy {
        if (leftYears < 0 || visitNotesYears < 0 || signInFailuresYears < 0 || healthReadsYears < 0
                || heldSubmissionsYears < 0) {
            throw new IllegalArgumentException("ishc.retention.*-years must not be negative");
        }
    }

    /** The years records of the kind are kept; 0 when they are never removed. */
    public int years(ExpiringRecords.Kind kind) {
        return switch (kind) {
            case VISIT_NOTES -> visitNotesYears;
            case SIGN_IN_FAILURES -> signInFailuresYears;
            case HEALTH_READS -> healthReadsYears;
            case HELD_SUBMISSIONS -> heldSubmissionsYears;
        };
    }
}
