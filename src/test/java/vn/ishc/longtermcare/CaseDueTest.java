package vn.ishc.longtermcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ishc.longtermcare.CaseDue.CaseState;
import vn.ishc.longtermcare.CaseDue.Due;
import vn.ishc.longtermcare.CaseDue.Task;

class CaseDueTest {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    static CaseState opened() {
        return new CaseState(OPENED, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0);
    }

    static CaseState assessed(LocalDate on) {
        return new CaseState(OPENED, Optional.of(on), Optional.empty(), Optional.empty(), 0, 0);
    }

    @Test
    void aNewCaseIsDueForItsFirstAssessmentAndOverdueAfterTwoWeeks() {
        assertThat(CaseDue.on(opened(), OPENED)).containsExactly(new Due(Task.FIRST_ASSESSMENT, OPENED.plusDays(14), false));
        assertThat(CaseDue.on(opened(), OPENED.plusDays(14))).extracting(Due::overdue).containsExactly(false);
        assertThat(CaseDue.on(opened(), OPENED.plusDays(15))).extracting(Due::overdue).containsExactly(true);
    }

    @Test
    void aReassessmentIsDueSixMonthsAfterTheLastShownTwoWeeksBefore() {
        LocalDate last = LocalDate.of(2026, 3, 10);
        assertThat(CaseDue.on(assessed(last), LocalDate.of(2026, 8, 26))).isEmpty();
        assertThat(CaseDue.on(assessed(last), LocalDate.of(2026, 8, 27)))
                .containsExactly(new Due(Task.REASSESSMENT, LocalDate.of(2026, 9, 10), false));
        assertThat(CaseDue.on(assessed(last), LocalDate.of(2026, 9, 11)))
                .containsExactly(new Due(Task.REASSESSMENT, LocalDate.of(2026, 9, 10), true));
    }

    @Test
    void aChangeAfterTheLastAssessmentMakesAReassessmentDueAtOnce() {
        LocalDate last = LocalDate.of(2026, 3, 10);
        LocalDate fall = LocalDate.of(2026, 4, 20);
        CaseState state = new CaseState(OPENED, Optional.of(last), Optional.of(fall), Optional.empty(), 0, 0);

        assertThat(CaseDue.on(state, fall)).containsExactly(new Due(Task.REASSESSMENT_AFTER_CHANGE, fall, false));
        assertThat(CaseDue.on(state, fall.plusDays(1))).extracting(Due::overdue).containsExactly(true);

        CaseState reassessed = new CaseState(OPENED, Optional.of(fall.plusDays(3)), Optional.of(fall), Optional.empty(), 0, 0);
        assertThat(CaseDue.on(reassessed, fall.plusDays(3))).isEmpty();
    }

    @Test
    void visitsAreBehindPlanWhenFewerThanTheDaysGoneExpect() {
        // 4 visits a month in a 30-day month: 2 expected by the 15th, 1 by the 8th
        assertThat(CaseDue.expectedBy(4, LocalDate.of(2026, 6, 15))).isEqualTo(2);
        assertThat(CaseDue.expectedBy(4, LocalDate.of(2026, 6, 8))).isEqualTo(1);
        assertThat(CaseDue.expectedBy(4, LocalDate.of(2026, 6, 30))).isEqualTo(4);

        LocalDate last = LocalDate.of(2026, 5, 20);
        CaseState oneVisit = new CaseState(OPENED, Optional.of(last), Optional.empty(), Optional.empty(), 4, 1);
        assertThat(CaseDue.on(oneVisit, LocalDate.of(2026, 6, 8))).isEmpty();
        assertThat(CaseDue.on(oneVisit, LocalDate.of(2026, 6, 15))).extracting(Due::task)
                .containsExactly(Task.VISITS_BEHIND_PLAN);
    }

    @Test
    void theTasksComeEarliestFirst() {
        LocalDate last = LocalDate.of(2026, 3, 10);
        CaseState state = new CaseState(OPENED, Optional.of(last), Optional.empty(),
                Optional.of(LocalDate.of(2026, 9, 1)), 0, 0);
        assertThat(CaseDue.on(state, LocalDate.of(2026, 9, 5))).extracting(Due::task)
                .containsExactly(Task.PLAN_REVIEW, Task.REASSESSMENT);
    }
}
