package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.ishc.activities.ActivityKind;
import vn.ishc.clubs.Club;
import vn.ishc.meetings.MeetingSummary;

/**
 * What a club did in a month against the model's norms, as of the month's last day (or today while
 * the month runs). Each check has its figure with numerator and denominator where it is a share, and
 * whether it meets the norm: true, false, or null when the norm gives no verdict (a share shown for
 * information) or the month is not over yet and the thing may still happen.
 */
public record ClubMonth(Club club, YearMonth month, LocalDate asOf, boolean monthOver, List<Check> checks,
                        List<MeetingSummary> meetings, LocalDate nextMeeting, Map<ActivityKind, Integer> activities) {

    /** One line of the month page: {@code key} names it in messages (month.check.KEY). */
    public record Check(String key, long numerator, Long denominator, Boolean meets) {

        public Integer percent() {
            return denominator == null || denominator == 0 ? null
                    : (int) Math.round(100.0 * numerator / denominator);
        }
    }

    public Check check(String key) {
        return checks.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
