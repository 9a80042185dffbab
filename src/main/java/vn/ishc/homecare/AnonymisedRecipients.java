package vn.ishc.homecare;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.shared.PersonAnonymised;

/**
 * An anonymised care recipient is named by the pseudonym, without their village, and their visits lose
 * what was written about them (observations, the reason for a referral); dates, tasks and readings stay.
 */
@Component
class AnonymisedRecipients {

    private final JdbcClient jdbc;

    AnonymisedRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonAnonymised event) {
        jdbc.sql("""
                        update home_visit set observations = null, referral_reason = null
                        where recipient_id in (select id from care_recipient where person_id = :p)""")
                .param("p", event.personId()).update();
        jdbc.sql("update care_recipient set name = :name, village = null where person_id = :p")
                .param("name", event.pseudonym()).param("p", event.personId()).update();
    }
}
