package vn.ishc.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.ishc.activities.ActivityRecorded;
import vn.ishc.activities.EntitlementChanged;
import vn.ishc.clubs.ClubChanged;
import vn.ishc.funds.FundMoved;
import vn.ishc.funds.LoanChanged;
import vn.ishc.homecare.VisitRecorded;
import vn.ishc.meetings.MeetingRecorded;
import vn.ishc.meetings.ReadingRecorded;
import vn.ishc.members.MemberChanged;

/**
 * Counts the records saved, by kind ({@code ishc_records_saved_total{kind="meeting"}}), once their
 * transaction has committed: a save rolled back is not counted. A kind's count is of saves (a meeting
 * saved again is counted again), as an operator watching the month-end load wants it.
 */
@Component
class RecordsSaved {

    private final MeterRegistry meters;

    RecordsSaved(MeterRegistry meters) {
        this.meters = meters;
    }

    private void saved(String kind) {
        Counter.builder("ishc.records.saved").description("Records saved, by kind, counted when committed")
                .tag("kind", kind).register(meters).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClubChanged e) {
        saved("club");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberChanged e) {
        saved("member");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MeetingRecorded e) {
        saved("meeting");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReadingRecorded e) {
        saved("reading");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ActivityRecorded e) {
        saved("activity");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EntitlementChanged e) {
        saved("entitlement_case");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VisitRecorded e) {
        saved("home_visit");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FundMoved e) {
        saved("fund_entry");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LoanChanged e) {
        saved("loan");
    }
}
