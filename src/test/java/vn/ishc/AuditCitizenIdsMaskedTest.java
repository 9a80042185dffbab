package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.members.CitizenIds;

/**
 * The audit lines written before citizen IDs were masked in them get every 12-digit number in their details
 * masked, once, by the owner; nothing else of them changes, and the log stays append-only otherwise.
 */
@SpringBootTest
class AuditCitizenIdsMaskedTest {

    @Autowired
    DataSource application;
    @Autowired
    @FlywayDataSource
    DataSource owner;

    static String freshNumber() {
        return String.format("0%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    long line(JdbcClient db, String target, String detail) {
        return db.sql("""
                        insert into audit_event (at, actor, action, target, outcome, detail)
                        values (timestamptz '2025-03-04 05:06:07+07', 'old.officer', 'person.changed', :t, 'done',
                                cast(:d as jsonb))
                        returning id""")
                .param("t", target).param("d", detail).query(Long.class).single();
    }

    Map<String, Object> read(JdbcClient db, long id) {
        return db.sql("select at, actor, action, target, outcome, detail::text as detail from audit_event where id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void aLineWrittenWithAWholeCitizenIdIsMaskedAndNothingElseChanges() {
        JdbcClient db = JdbcClient.create(owner);
        String number = freshNumber();
        String other = freshNumber();
        String target = "person:" + UUID.randomUUID();
        long old = line(db, target, """
                {"changed": ["citizenId"], "before": {"citizenId": ""}, "after": {"citizenId": "%s"},
                 "note": "CCCD %s cũ", "amount": 123456789012, "card": "HN1234567890123"}""".formatted(number, other));
        long kept = line(db, target, """
                {"changed": ["phone"], "before": {"phone": "0912345678"}, "after": {"phone": "0987654321"}}""");
        Map<String, Object> oldBefore = read(db, old);
        Map<String, Object> keptBefore = read(db, kept);

        assertThat(db.sql("select audit_mask_citizen_ids()").query(Integer.class).single()).isPositive();

        Map<String, Object> oldAfter = read(db, old);
        assertThat(oldAfter.get("detail").toString()).doesNotContain(number).doesNotContain(other)
                .contains("\"citizenId\": \"" + CitizenIds.mask(number) + "\"")
                .contains("\"note\": \"CCCD " + CitizenIds.mask(other) + " cũ\"")
                .contains("\"amount\": 123456789012").contains("\"card\": \"HN1234567890123\"");
        for (String column : new String[] {"at", "actor", "action", "target", "outcome"}) {
            assertThat(oldAfter.get(column)).isEqualTo(oldBefore.get(column));
        }
        assertThat(read(db, kept)).isEqualTo(keptBefore);
        assertThat(db.sql("select audit_mask_citizen_ids()").query(Integer.class).single()).isZero();

        // The migration said what it did, and the log is append-only again, even to the owner.
        assertThat(db.sql("""
                        select count(*) from audit_event
                        where action = 'audit.citizenIds.masked' and actor = 'system' and detail -> 'lines' is not null""")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(DatabaseRoles.refusal(owner, "update audit_event set actor = 'someone else' where id = " + old))
                .contains("append-only");
        assertThat(DatabaseRoles.refusal(owner, "delete from audit_event where id = " + old)).contains("append-only");
        assertThat(DatabaseRoles.refusal(application, "select audit_mask_citizen_ids()")).contains("permission denied");
    }
}
