package vn.ishc.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.members.CitizenIdSealing;
import vn.ishc.shared.PersonalDataCipher;

/**
 * On every start, after the migrations and before the first request: the member-import previews stored
 * before citizen IDs were sealed get them sealed, as a new preview stores them, and the problems stored with
 * them get every 12-digit number masked, as a new problem stores it. The key is checked first, so that no
 * number is sealed under another key. A batch per transaction, each row changed in one update, taken in key
 * order: a start cut short leaves every row either as it was or done, and the next start goes on with those
 * left. Nothing to do, it costs two queries.
 */
@Component
class ImportCitizenIdSealing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ImportCitizenIdSealing.class);

    static final int BATCH = 500;

    /** A 12-digit number in a text, not part of a longer one; as {@link RowProblem#masked} finds them. */
    private static final String TWELVE_DIGITS = "(^|[^0-9])[0-9]{12}([^0-9]|$)";

    /** The smallest id as the database orders them. */
    private static final UUID FIRST = new UUID(0, 0);

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;
    private final CitizenIdSealing people;

    ImportCitizenIdSealing(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json,
                           PersonalDataCipher cipher, CitizenIdSealing people) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.cipher = cipher;
        this.people = people;
    }

    @Override
    public void afterSingletonsInstantiated() {
        people.checkKey();
        int sealed = sealReadableNumbers();
        int masked = maskProblems();
        if (sealed > 0 || masked > 0) {
            log.info("Sealed the citizen IDs of {} import preview rows and masked those in {} import problems, "
                    + "stored readable before; none is left readable", sealed, masked);
        }
    }

    /** Seals every citizen ID still stored readable in a preview's row; returns how many rows. */
    int sealReadableNumbers() {
        int total = 0;
        RowKey after = new RowKey(FIRST, Integer.MIN_VALUE);
        while (true) {
            RowKey from = after;
            List<RowKey> done = tx.execute(status -> sealBatch(from));
            if (done == null || done.isEmpty()) {
                return total;
            }
            total += done.size();
            after = done.get(done.size() - 1);
        }
    }

    private record RowKey(UUID batch, int row) {
    }

    private List<RowKey> sealBatch(RowKey after) {
        record Readable(RowKey key, String details) {
        }
        List<Readable> batch = jdbc.sql("""
                        select batch_id, row_number, details::text from import_row
                        where details -> 'details' ->> 'citizenId' is not null
                          and details -> 'details' ->> 'citizenId' not like 'v1:%'
                          and (batch_id, row_number) > (:b, :r)
                        order by batch_id, row_number limit :n for update""")
                .param("b", after.batch()).param("r", after.row()).param("n", BATCH)
                .query((rs, n) -> new Readable(new RowKey(rs.getObject(1, UUID.class), rs.getInt(2)), rs.getString(3)))
                .list();
        List<RowKey> done = new ArrayList<>();
        for (Readable r : batch) {
            ImportStore.Stored s = json.readValue(r.details(), ImportStore.Stored.class);
            String number = s.details().citizenId();
            if (!PersonalDataCipher.isSealed(number)) {
                ImportStore.Stored sealed = new ImportStore.Stored(s.details().withCitizenId(cipher.seal(number)),
                        s.joinedOn());
                jdbc.sql("""
                                update import_row set details = cast(:details as jsonb)
                                where batch_id = :b and row_number = :r""")
                        .param("details", json.writeValueAsString(sealed)).param("b", r.key().batch())
                        .param("r", r.key().row()).update();
            }
            done.add(r.key());
        }
        return done;
    }

    /** Masks every 12-digit number still stored readable in a refused row's problem; returns how many problems. */
    int maskProblems() {
        int total = 0;
        ProblemKey after = new ProblemKey(FIRST, Integer.MIN_VALUE, Integer.MIN_VALUE);
        while (true) {
            ProblemKey from = after;
            List<ProblemKey> done = tx.execute(status -> maskBatch(from));
            if (done == null || done.isEmpty()) {
                return total;
            }
            total += done.size();
            after = done.get(done.size() - 1);
        }
    }

    private record ProblemKey(UUID batch, int row, int seq) {
    }

    private List<ProblemKey> maskBatch(ProblemKey after) {
        record Readable(ProblemKey key, String column, String value, String arguments) {
        }
        List<Readable> batch = jdbc.sql("""
                        select batch_id, row_number, seq, column_name, value, arguments::text from import_problem p
                        where (value ~ :twelve
                               or exists (select 1 from jsonb_array_elements_text(arguments) a where a ~ :twelve)
                               or column_name = :citizen and (regexp_replace(value, '[\\s.]', '', 'g') ~ '^[0-9]{12}$'
                                   or exists (select 1 from jsonb_array_elements_text(arguments) a
                                              where regexp_replace(a, '[\\s.]', '', 'g') ~ '^[0-9]{12}$')))
                          and (batch_id, row_number, seq) > (:b, :r, :s)
                        order by batch_id, row_number, seq limit :n for update""")
                .param("twelve", TWELVE_DIGITS).param("citizen", MemberColumn.CITIZEN_ID.header())
                .param("b", after.batch()).param("r", after.row()).param("s", after.seq()).param("n", BATCH)
                .query((rs, n) -> new Readable(new ProblemKey(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        List<ProblemKey> done = new ArrayList<>();
        for (Readable r : batch) {
            boolean citizenId = MemberColumn.CITIZEN_ID.header().equals(r.column());
            List<String> arguments = json.readValue(r.arguments(), STRINGS).stream()
                    .map(a -> masked(a, citizenId)).toList();
            jdbc.sql("""
                            update import_problem set value = :v, arguments = cast(:a as jsonb)
                            where batch_id = :b and row_number = :r and seq = :s""")
                    .param("v", masked(r.value(), citizenId)).param("a", json.writeValueAsString(arguments))
                    .param("b", r.key().batch()).param("r", r.key().row()).param("s", r.key().seq()).update();
            done.add(r.key());
        }
        return done;
    }

    /** A text of a problem as a new problem stores it: a citizen ID cell's number masked, and any 12-digit number. */
    private static String masked(String text, boolean citizenId) {
        return RowProblem.masked(citizenId ? RowChecker.masked(text) : text);
    }
}
