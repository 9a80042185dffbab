package vn.ishc.funds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.members.PersonalDataSource;

/** A person's loans and the money entries about them (disbursements, repayments, contributions, fees). */
@Component
class FundPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    FundPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> about(UUID personId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("loans", jdbc.sql("""
                        select id, club_id, amount, purpose, purpose_note, term_months, applied_on, status, decided_on,
                               disbursed_on, closed_on
                        from loan where person_id = :p order by applied_on""").param("p", personId).query().listOfRows());
        sections.put("payments", jdbc.sql("""
                        select e.entry_date, e.kind, e.source, e.description, e.loan_id,
                               (select sum(abs(l.amount)) from ledger_line l where l.entry_id = e.id) / 2 as amount
                        from ledger_entry e
                        where e.person_id = :p or e.loan_id in (select id from loan where person_id = :p)
                        order by e.entry_date, e.seq""").param("p", personId).query().listOfRows());
        return sections;
    }
}
