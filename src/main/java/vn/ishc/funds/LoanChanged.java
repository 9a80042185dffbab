package vn.ishc.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * A step in a loan's life ({@code action} loan.applied, loan.approved, loan.refused, loan.disbursed,
 * loan.rescheduled, loan.recalculated (later instalments worked out again after principal paid ahead, or its reversal),
 * loan.repayment_reversed, loan.closed, loan.written_off) on a business date; the money of a step comes as
 * {@link FundMoved}. Reporting follows schedules and borrowers from these.
 */
public record LoanChanged(UUID loanId, UUID clubId, UUID personId, long foundedCommuneId, List<String> areaPaths,
                          String action, LocalDate date, String actor, Map<String, Object> detail) implements AuditableEvent {

    @Override
    public String target() {
        return "loan:" + loanId;
    }
}
