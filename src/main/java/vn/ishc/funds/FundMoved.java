package vn.ishc.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ishc.shared.AuditableEvent;

/**
 * Money moved in a club's funds ({@code action} fund.contribution, fund.expense, fund.transfer,
 * fund.reversal, fund.disbursement, fund.repayment, fund.write_off; a loan's entries name the loan):
 * reporting keeps fund figures from these without reading the ledger.
 */
public record FundMoved(UUID entryId, UUID clubId, UUID loanId, long foundedCommuneId, List<String> areaPaths, String action,
                        LocalDate date, Entry.Source source, List<Entry.Line> lines, String actor,
                        Map<String, Object> detail) implements AuditableEvent {

    @Override
    public String target() {
        return "club:" + clubId;
    }
}
