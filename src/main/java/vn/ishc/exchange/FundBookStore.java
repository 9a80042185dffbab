package vn.ishc.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.ishc.shared.PersonalDataCipher;

/** The fund_book_* tables: a checked fund book upload, its rows and why rows are refused. */
@Repository
class FundBookStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    FundBookStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.cipher = cipher;
    }

    void insert(FundBookBatch b, List<FundBookRow> rows, List<RowProblem> problems, byte[] upload) {
        jdbc.sql("""
                        insert into fund_book_batch (id, file_name, status, total_rows, to_add, unchanged, refused,
                            upload, created_by)
                        values (:id, :file, 'PREVIEW', :total, :add, :unchanged, :refused, :upload, :by)""")
                .param("id", b.id()).param("file", b.fileName()).param("total", b.totalRows()).param("add", b.toAdd())
                .param("unchanged", b.unchanged()).param("refused", b.refused())
                .param("upload", upload == null ? null : cipher.seal(java.util.Base64.getEncoder().encodeToString(upload)))
                .param("by", b.createdBy()).update();
        List<SqlParameterSource> r = new ArrayList<>();
        for (FundBookRow x : rows) {
            r.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("s", x.seq()).addValue("n", x.row())
                    .addValue("c", x.clubId()).addValue("club", x.club()).addValue("d", x.date())
                    .addValue("f", x.fundId()).addValue("fund", x.fund())
                    .addValue("k", x.kind() == null ? null : x.kind().name()).addValue("a", x.amount())
                    .addValue("note", x.note() == null ? null : cipher.seal(x.note()))
                    .addValue("o", x.outcome().name()));
        }
        batch.batchUpdate("""
                insert into fund_book_row (batch_id, seq, row_number, club_id, club, entry_date, fund_id, fund, kind,
                    amount, note, outcome)
                values (:b, :s, :n, :c, :club, :d, :f, :fund, :k, :a, :note, :o)""", r.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> p = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem problem = problems.get(i);
            p.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", problem.row()).addValue("s", i)
                    .addValue("c", problem.column()).addValue("v", problem.value()).addValue("k", problem.messageKey())
                    .addValue("a", json.writeValueAsString(problem.arguments())));
        }
        batch.batchUpdate("""
                insert into fund_book_problem (batch_id, row_number, seq, column_name, value, message_key, arguments)
                values (:b, :n, :s, :c, :v, :k, cast(:a as jsonb))""", p.toArray(SqlParameterSource[]::new));
    }

    Optional<FundBookBatch> find(UUID id) {
        return jdbc.sql("select * from fund_book_batch where id = :id").param("id", id).query(this::batch).optional();
    }

    List<FundBookBatch> recent(String createdBy, int limit) {
        return jdbc.sql("select * from fund_book_batch where created_by = :by order by created_at desc limit :l")
                .param("by", createdBy).param("l", limit).query(this::batch).list();
    }

    /** The rows of a batch in sheet order. */
    List<FundBookRow> rows(UUID batchId) {
        return jdbc.sql("select * from fund_book_row where batch_id = :b order by row_number").param("b", batchId)
                .query((rs, n) -> row(rs)).list();
    }

    /** The rows confirming records, in the order they are saved. */
    List<FundBookRow> toSave(UUID batchId) {
        return jdbc.sql("select * from fund_book_row where batch_id = :b and outcome = 'ADD' order by seq")
                .param("b", batchId).query((rs, n) -> row(rs)).list();
    }

    List<RowProblem> problems(UUID batchId, int limit) {
        return jdbc.sql("select * from fund_book_problem where batch_id = :b order by row_number, seq limit :l")
                .param("b", batchId).param("l", limit)
                .query((rs, n) -> new RowProblem(rs.getInt("row_number"), rs.getString("column_name"),
                        rs.getString("value"), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), STRINGS)))
                .list();
    }

    Optional<byte[]> upload(UUID batchId) {
        return jdbc.sql("select upload from fund_book_batch where id = :b and upload is not null").param("b", batchId)
                .query(String.class).optional().map(c -> java.util.Base64.getDecoder().decode(cipher.open(c)));
    }

    /** Moves a batch out of the preview; false if it was no longer a preview. */
    boolean close(UUID id, FundBookBatch.Status to, String actor) {
        return jdbc.sql("""
                        update fund_book_batch set status = :to, finished_at = now(), finished_by = :actor
                        where id = :id and status = 'PREVIEW'""")
                .param("to", to.name()).param("actor", actor).param("id", id).update() == 1;
    }

    private FundBookRow row(ResultSet rs) throws SQLException {
        var day = rs.getDate("entry_date");
        long amount = rs.getLong("amount");
        Long shown = rs.wasNull() ? null : amount;
        String kind = rs.getString("kind");
        String note = rs.getString("note");
        return new FundBookRow(rs.getInt("seq"), rs.getInt("row_number"), rs.getObject("club_id", UUID.class),
                rs.getString("club"), day == null ? null : day.toLocalDate(), rs.getObject("fund_id", UUID.class),
                rs.getString("fund"), kind == null ? null : FundBookKind.valueOf(kind), shown,
                note == null ? null : cipher.open(note), FundBookRow.Outcome.valueOf(rs.getString("outcome")));
    }

    private FundBookBatch batch(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new FundBookBatch(rs.getObject("id", UUID.class), rs.getString("file_name"),
                FundBookBatch.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("to_add"),
                rs.getInt("unchanged"), rs.getInt("refused"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), finished == null ? null : finished.toInstant());
    }
}
