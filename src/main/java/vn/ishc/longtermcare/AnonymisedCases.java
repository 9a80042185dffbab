package vn.ishc.longtermcare;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.PersonAnonymised;

/**
 * A long-term care case of an anonymised member is named by the pseudonym, without a village; the
 * assessments' scores, levels and dates stay, as the figures count them.
 */
@Component
class AnonymisedCases {

    private final JdbcClient jdbc;

    AnonymisedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonAnonymised event) {
        jdbc.sql("update ltc_case set name = :name, village = null where person_id = :p")
                .param("name", event.pseudonym()).param("p", event.personId()).update();
    }
}
