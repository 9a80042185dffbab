package vn.ishc.members;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.shared.PersonalDataCipher;

/**
 * On every start, after the migrations and before the first request: first checks that the personal-data
 * key opens the citizen IDs already sealed (a start with another key is refused, before it could seal new
 * numbers under it), then seals the citizen IDs still stored readable from before they were sealed, which
 * SQL could not do without the key. A batch per transaction, each row sealed and its readable number
 * emptied in one update: a start cut short leaves every row either readable or sealed, and the next start
 * goes on with those still readable. Nothing to do, it costs two queries.
 */
@Component
public class CitizenIdSealing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CitizenIdSealing.class);

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PersonalDataCipher cipher;

    CitizenIdSealing(JdbcClient jdbc, PlatformTransactionManager transactions, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        checkKey();
        int sealed = sealReadableNumbers();
        if (sealed > 0) {
            log.info("Sealed {} citizen IDs stored readable before; none is left readable", sealed);
        }
    }

    /**
     * Refuses to go on when the key does not open a citizen ID sealed before; called by whatever seals other
     * numbers at start, before it seals them.
     */
    public void checkKey() {
        jdbc.sql("select citizen_id_sealed from person where citizen_id_sealed is not null limit 1")
                .query(String.class).optional().ifPresent(sealed -> {
                    try {
                        cipher.open(sealed);
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException("The personal-data key does not open the citizen IDs stored in "
                                + "this database: restore the key (ishc.personal-data.key, ishc.personal-data.key-file, "
                                + "or the key file beside the embedded database's data folder) from the backup made with the data", e);
                    }
                });
    }

    /** Seals every citizen ID still stored readable; returns how many. */
    int sealReadableNumbers() {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> sealBatch());
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int sealBatch() {
        record Readable(UUID id, String number) {
        }
        List<Readable> batch = jdbc.sql("""
                        select id, citizen_id from person where citizen_id is not null
                        order by id limit :n for update skip locked""")
                .param("n", BATCH).query((rs, n) -> new Readable(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (Readable r : batch) {
            String number = r.number().replaceAll("\\s", "");
            jdbc.sql("""
                            update person set citizen_id_sealed = :sealed, citizen_id_index = :index, citizen_id = null
                            where id = :id""")
                    .param("sealed", cipher.seal(number)).param("index", cipher.index(number)).param("id", r.id())
                    .update();
        }
        return batch.size();
    }
}
