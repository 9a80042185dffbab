package vn.ishc.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.PersonalDataCipher;

/** The import_batch, import_row and import_problem tables. */
@Repository
class ImportStore {

    /** One checked row and what saving it will do. */
    record CheckedRow(int row, Outcome outcome, String fullName, UUID personId, Integer version,
                      PersonDetails details, LocalDate joinedOn, String changes) {
    }

    /** What a row will do. */
    enum Outcome { ADD, UPDATE, UNCHANGED, REFUSED, HELD }

    /** A row that adds a person: its number, and the name and birth as the sheet has them. */
    record Addition(int row, String fullName, String birth) {
    }

    /** What is stored of a row's details. */
    record Stored(PersonDetails details, LocalDate joinedOn) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    ImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.cipher = cipher;
    }

    /** The details as stored until saved: the citizen ID sealed, as in {@code person}. */
    private PersonDetails sealed(PersonDetails details) {
        return details.citizenId() == null ? details : details.withCitizenId(cipher.seal(details.citizenId()));
    }

    /** The details as saved; a preview stored before citizen IDs were sealed holds its number readable. */
    private PersonDetails opened(PersonDetails details) {
        String id = details.citizenId();
        return !PersonalDataCipher.isSealed(id) ? details : details.withCitizenId(cipher.open(id));
    }

    void insert(ImportBatch b, List<CheckedRow> rows, List<RowProblem> problems) {
        jdbc.sql("""
                insert into import_batch (id, club_id, file_name, status, total_rows, to_add, to_update, unchanged,
                                          refused, to_save, created_by)
                values (:id, :club, :file, 'PREVIEW', :total, :add, :update, :unchanged, :refused, :toSave, :by)""")
                .param("id", b.id()).param("club", b.clubId()).param("file", b.fileName()).param("total", b.totalRows())
                .param("add", b.toAdd()).param("update", b.toUpdate()).param("unchanged", b.unchanged())
                .param("refused", b.refused()).param("toSave", b.toSave()).param("by", b.createdBy()).update();
        List<SqlParameterSource> r = new ArrayList<>();
        for (CheckedRow row : rows) {
            r.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", row.row())
                    .addValue("o", row.outcome().name()).addValue("name", row.fullName())
                    .addValue("person", row.personId()).addValue("version", row.version())
                    .addValue("details", row.details() == null ? null
                            : json.writeValueAsString(new Stored(sealed(row.details()), row.joinedOn())))
                    .addValue("changes", row.changes()));
        }
        batch.batchUpdate("""
                insert into import_row (batch_id, row_number, outcome, full_name, person_id, version, details, changes)
                values (:b, :n, :o, :name, :person, :version, cast(:details as jsonb), :changes)""",
                r.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> p = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem problem = problems.get(i);
            p.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", problem.row()).addValue("s", i)
                    .addValue("c", problem.column()).addValue("v", problem.value()).addValue("k", problem.messageKey())
                    .addValue("a", json.writeValueAsString(problem.arguments())));
        }
        batch.batchUpdate("""
                insert into import_problem (batch_id, row_number, seq, column_name, value, message_key, arguments)
                values (:b, :n, :s, :c, :v, :k, cast(:a as jsonb))""", p.toArray(SqlParameterSource[]::new));
    }

    /** Notes the headers of the sheet's columns that were not read. */
    void ignored(UUID batchId, List<String> headers) {
        jdbc.sql("update import_batch set ignored_columns = cast(:h as jsonb) where id = :id")
                .param("h", json.writeValueAsString(headers)).param("id", batchId).update();
    }

    /** The headers of the sheet's columns that were not read, in sheet order. */
    List<String> ignored(UUID batchId) {
        return jdbc.sql("select ignored_columns from import_batch where id = :id").param("id", batchId)
                .query(String.class).optional().map(j -> json.readValue(j, STRINGS)).orElse(List.of());
    }

    Optional<ImportBatch> find(UUID id) {
        return jdbc.sql("select * from import_batch where id = :id").param("id", id).query(this::batch).optional();
    }

    List<ImportBatch> recent(UUID clubId, int limit) {
        return jdbc.sql("select * from import_batch where club_id = :c order by created_at desc limit :l")
                .param("c", clubId).param("l", limit).query(this::batch).list();
    }

    List<RowProblem> problems(UUID batchId, int limit) {
        return jdbc.sql("""
                        select * from import_problem where batch_id = :b order by row_number, seq limit :l""")
                .param("b", batchId).param("l", limit)
                .query((rs, n) -> new RowProblem(rs.getInt("row_number"), rs.getString("column_name"),
                        rs.getString("value"), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), STRINGS)))
                .list();
    }

    List<ImportedRow> updates(UUID batchId, int limit) {
        return jdbc.sql("""
                        select row_number, full_name, changes from import_row where batch_id = :b and outcome = 'UPDATE'
                        order by row_number limit :l""")
                .param("b", batchId).param("l", limit)
                .query((rs, n) -> new ImportedRow(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The rows held for the officer to tick, in sheet order. */
    List<ImportBatch.HeldRow> held(UUID batchId) {
        return jdbc.sql("""
                        select row_number, full_name, person_id, details from import_row
                        where batch_id = :b and outcome = 'HELD' order by row_number""")
                .param("b", batchId).query((rs, n) -> new ImportBatch.HeldRow(rs.getInt(1), rs.getString(2),
                        json.readValue(rs.getString(4), Stored.class).details().birth(), rs.getObject(3, UUID.class)))
                .list();
    }

    /** The held rows among {@code rows} become updates, counted as such; how many did. */
    int release(UUID batchId, List<Integer> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = jdbc.sql("""
                        update import_row set outcome = 'UPDATE'
                        where batch_id = :b and outcome = 'HELD' and row_number in (:rows)""")
                .param("b", batchId).param("rows", rows).update();
        jdbc.sql("update import_batch set to_update = to_update + :n, to_save = to_save + :n where id = :b")
                .param("n", n).param("b", batchId).update();
        return n;
    }

    /** The rows that add a person, in sheet order. */
    List<Addition> additions(UUID batchId) {
        return jdbc.sql("""
                        select row_number, full_name, details from import_row
                        where batch_id = :b and outcome = 'ADD' order by row_number""")
                .param("b", batchId).query((rs, n) -> new Addition(rs.getInt(1), rs.getString(2),
                        json.readValue(rs.getString(3), Stored.class).details().birth()))
                .list();
    }

    /**
     * The rows among {@code rows} that add a person leave the batch: they are not saved, nor counted as to add; how
     * many did. The batch keeps the number of rows of its sheet, so the rows left out are counted by the difference.
     */
    int skip(UUID batchId, List<Integer> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = jdbc.sql("""
                        delete from import_row
                        where batch_id = :b and outcome = 'ADD' and row_number in (:rows)""")
                .param("b", batchId).param("rows", rows).update();
        jdbc.sql("update import_batch set to_add = to_add - :n, to_save = to_save - :n where id = :b")
                .param("n", n).param("b", batchId).update();
        return n;
    }

    /** How many rows adding a person were unticked in the preview, and so not saved. */
    int skipped(UUID batchId) {
        return jdbc.sql("""
                        select b.total_rows - (select count(*) from import_row r where r.batch_id = b.id)
                        from import_batch b where b.id = :b""")
                .param("b", batchId).query(Integer.class).single();
    }

    /** The rows that saving writes, in sheet order. */
    List<CheckedRow> rowsToSave(UUID batchId) {
        return jdbc.sql("""
                        select * from import_row where batch_id = :b and outcome in ('ADD', 'UPDATE')
                        order by row_number""")
                .param("b", batchId).query((rs, n) -> {
                    Stored s = json.readValue(rs.getString("details"), Stored.class);
                    return new CheckedRow(rs.getInt("row_number"), Outcome.valueOf(rs.getString("outcome")),
                            rs.getString("full_name"), rs.getObject("person_id", UUID.class),
                            (Integer) rs.getObject("version"), opened(s.details()), s.joinedOn(), rs.getString("changes"));
                }).list();
    }

    /** Moves a batch from one of the statuses to another; false if it was in none of them. */
    boolean move(UUID id, List<ImportBatch.Status> from, ImportBatch.Status to, String actor) {
        boolean finished = to != ImportBatch.Status.SAVING;
        return jdbc.sql("""
                        update import_batch set status = :to, done_rows = case when :to = 'SAVING' then 0 else done_rows end,
                            failure_key = null, failure_args = null, progress_at = now(),
                            finished_at = case when :finished then now() end,
                            finished_by = case when :finished then :actor end
                        where id = :id and status in (:from)""")
                .param("to", to.name()).param("finished", finished).param("actor", actor).param("id", id)
                .param("from", from.stream().map(Enum::name).toList()).update() == 1;
    }

    void progress(UUID id, int done) {
        jdbc.sql("update import_batch set done_rows = :d, progress_at = now() where id = :id and status = 'SAVING'")
                .param("d", done).param("id", id).update();
    }

    void failed(UUID id, String key, List<String> arguments) {
        jdbc.sql("""
                        update import_batch set status = 'FAILED', done_rows = 0, failure_key = :k,
                            failure_args = cast(:a as jsonb), finished_at = now()
                        where id = :id""")
                .param("k", key).param("a", json.writeValueAsString(arguments)).param("id", id).update();
    }

    /** Saving that stopped without a word (the application was stopped) saved nothing: say so. */
    int failAbandoned() {
        return jdbc.sql("""
                update import_batch set status = 'FAILED', done_rows = 0, failure_key = 'exchange.confirm.interrupted',
                    failure_args = '[]', finished_at = now()
                where status = 'SAVING' and progress_at < now() - interval '5 minutes'""").update();
    }

    private ImportBatch batch(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("failure_args");
        var finished = rs.getTimestamp("finished_at");
        return new ImportBatch(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                rs.getString("file_name"), ImportBatch.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("to_add"), rs.getInt("to_update"), rs.getInt("unchanged"), rs.getInt("refused"),
                rs.getInt("done_rows"), rs.getInt("to_save"), rs.getString("failure_key"),
                args == null ? List.of() : json.readValue(args, STRINGS), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), finished == null ? null : finished.toInstant());
    }
}
