package vn.ishc.funds;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.PersonAnonymised;

/**
 * An anonymised borrower's loans name them by the pseudonym. The ledger is not touched: its entries keep
 * their texts (it is append-only) and their amounts, so every balance stays as it was.
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
    }
}
