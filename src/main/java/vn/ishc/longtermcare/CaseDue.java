package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a case manager has to do next for an open case, and by when:
 * <ul>
 * <li>the first assessment, within {@value #FIRST_ASSESSMENT_DAYS} days of opening the case;</li>
 * <li>a reassessment at the latest {@value #REASSESSMENT_MONTHS} months after the last one, or at once
 * when a change (a fall, a stay in hospital, a carer lost) was recorded after it;</li>
 * <li>the care plan's review on its review date;</li>
 * <li>visits behind plan: fewer visits so far this month than planned for the days gone (the month's
 * planned visits times the share of its days passed, rounded down).</li>
 * </ul>
 * A task is due from {@value #DUE_SOON_DAYS} days before its date and overdue after it.
 */
public final class CaseDue {

    static final int FIRST_ASSESSMENT_DAYS = 14;
    static final int REASSESSMENT_MONTHS = 6;
    static final int DUE_SOON_DAYS = 14;

    private CaseDue() {
    }

    public enum Task {
        FIRST_ASSESSMENT,
        REASSESSMENT,
        REASSESSMENT_AFTER_CHANGE,
        PLAN_REVIEW,
        VISITS_BEHIND_PLAN
    }

    /** A task, the date it is due, and whether that date has passed. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CaseDueTask")
    public record Due(Task task, LocalDate date, boolean overdue) {
    }

    /**
     * What is known of an open case on a day: when it was opened, its last assessment, the last change
     * recorded, the plan's review date and visits planned a month (if a plan is in force), and the visits
     * made this month so far.
     */
    public record CaseState(LocalDate opened, Optional<LocalDate> lastAssessment, Optional<LocalDate> lastChange,
            Optional<LocalDate> planReview, int visitsPlannedPerMonth, int visitsThisMonth) {
    }

    /** The tasks due or overdue on {@code today}, the earliest first. */
    public static List<Due> on(CaseState state, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (state.lastAssessment().isEmpty()) {
            add(due, Task.FIRST_ASSESSMENT, state.opened().plusDays(FIRST_ASSESSMENT_DAYS), today);
        } else {
            LocalDate last = state.lastAssessment().get();
            if (state.lastChange().filter(change -> change.isAfter(last)).isPresent()) {
                due.add(new Due(Task.REASSESSMENT_AFTER_CHANGE, state.lastChange().get(),
                        today.isAfter(state.lastChange().get())));
            } else {
                add(due, Task.REASSESSMENT, last.plusMonths(REASSESSMENT_MONTHS), today);
            }
        }
        state.planReview().ifPresent(review -> add(due, Task.PLAN_REVIEW, review, today));
        if (visitsBehind(state, today)) {
            due.add(new Due(Task.VISITS_BEHIND_PLAN, today, false));
        }
        due.sort(Comparator.comparing(Due::date));
        return List.copyOf(due);
    }

    /** The visits a plan of {@code perMonth} a month expects by the end of {@code today} in its month. */
    public static int expectedBy(int perMonth, LocalDate today) {
        int days = YearMonth.from(today).lengthOfMonth();
        return perMonth * today.getDayOfMonth() / days;
    }

    private static boolean visitsBehind(CaseState state, LocalDate today) {
        return state.visitsPlannedPerMonth() > 0
                && state.visitsThisMonth() < expectedBy(state.visitsPlannedPerMonth(), today);
    }

    private static void add(List<Due> due, Task task, LocalDate date, LocalDate today) {
        if (!today.isBefore(date.minusDays(DUE_SOON_DAYS))) {
            due.add(new Due(task, date, today.isAfter(date)));
        }
    }
}
