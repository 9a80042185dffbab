package vn.ishc.funds;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.PersonAnonymised;

/**
 * An anonymised borrower's loans name them by the pseudonym. The ledger is not touched: its entries keep
 * their texts (it is append-only) and their amounts, so every balance stays as it was; the entries that name
 * the person (theirs, their loans', and the reversals of those) are listed as redacted, and are shown with the
 * pseudonym instead of their texts.
 */
@Component
class AnonymisedBorrowers {

    private final JdbcClient jdbc;

    AnonymisedBorrowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonAnonymised event) {
        jdbc.sql("update loan set person_name = :name where person_id = :p")
                .param("name", event.pseudonym()).param("p", event.personId()).update();
        jdbc.sql("""
                        insert into ledger_text_redaction (entry_id, reason, shown_as)
                        select e.id, 'person.anonymised', :name from ledger_entry e
                        where e.person_id = :p or e.loan_id in (select l.id from loan l where l.person_id = :p)
                           or e.reverses_id in (select r.id from ledger_entry r where r.person_id = :p)
                        on conflict (entry_id) do nothing""")
                .param("name", event.pseudonym()).param("p", event.personId()).update();
    }
}
