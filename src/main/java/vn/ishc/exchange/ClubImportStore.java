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

/** The club_import_* tables: a checked sheet of a commune's clubs, its rows and why rows are refused. */
@Repository
class ClubImportStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** A row as checked, with what to save when it is added or updated. */
    record Checked(ClubImportRow row, ClubImportEntry entry) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    ClubImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.cipher = cipher;
    }

    void insert(ClubImportBatch b, List<Checked> rows, List<RowProblem> problems, byte[] upload) {
        jdbc.sql("""
                        insert into club_import_batch (id, commune_id, file_name, status, total_rows, to_add, to_update,
                            unchanged, refused, upload, created_by)
                        values (:id, :commune, :file, 'PREVIEW', :total, :add, :update, :unchanged, :refused, :upload, :by)""")
                .param("id", b.id()).param("commune", b.communeId()).param("file", b.fileName())
                .param("total", b.totalRows()).param("add", b.toAdd()).param("update", b.toUpdate())
                .param("unchanged", b.unchanged()).param("refused", b.refused())
                .param("upload", upload == null ? null : cipher.seal(java.util.Base64.getEncoder().encodeToString(upload)))
                .param("by", b.createdBy()).update();
        List<SqlParameterSource> r = new ArrayList<>();
        for (Checked c : rows) {
            ClubImportRow x = c.row();
            r.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", x.row()).addValue("c", x.clubId())
                    .addValue("code", x.code()).addValue("name", x.name()).addValue("o", x.outcome().name())
                    .addValue("e", c.entry() == null ? null : json.writeValueAsString(c.entry())));
        }
        batch.batchUpdate("""
                insert into club_import_row (batch_id, row_number, club_id, code, name, outcome, entry)
                values (:b, :n, :c, :code, :name, :o, cast(:e as jsonb))""", r.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> p = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem problem = problems.get(i);
            p.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", problem.row()).addValue("s", i)
                    .addValue("c", problem.column()).addValue("v", problem.value()).addValue("k", problem.messageKey())
                    .addValue("a", json.writeValueAsString(problem.arguments())));
        }
        batch.batchUpdate("""
                insert into club_import_problem (batch_id, row_number, seq, column_name, value, message_key, arguments)
                values (:b, :n, :s, :c, :v, :k, cast(:a as jsonb))""", p.toArray(SqlParameterSource[]::new));
    }

    Optional<ClubImportBatch> find(UUID id) {
        return jdbc.sql("select * from club_import_batch where id = :id").param("id", id).query(this::batch).optional();
    }

    List<ClubImportBatch> recent(String createdBy, int limit) {
        return jdbc.sql("select * from club_import_batch where created_by = :by order by created_at desc limit :l")
                .param("by", createdBy).param("l", limit).query(this::batch).list();
    }

    List<ClubImportRow> rows(UUID batchId) {
        return jdbc.sql("select * from club_import_row where batch_id = :b order by row_number").param("b", batchId)
                .query((rs, n) -> row(rs)).list();
    }

    /** The rows confirming saves, each with what to save, in sheet order. */
    List<Checked> toSave(UUID batchId) {
        return jdbc.sql("""
                        select * from club_import_row where batch_id = :b and outcome in ('ADD', 'UPDATE')
                        order by row_number""").param("b", batchId)
                .query((rs, n) -> new Checked(row(rs), json.readValue(rs.getString("entry"), ClubImportEntry.class)))
                .list();
    }

    List<RowProblem> problems(UUID batchId, int limit) {
        return jdbc.sql("select * from club_import_problem where batch_id = :b order by row_number, seq limit :l")
                .param("b", batchId).param("l", limit)
                .query((rs, n) -> new RowProblem(rs.getInt("row_number"), rs.getString("column_name"),
                        rs.getString("value"), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), STRINGS)))
                .list();
    }

    Optional<byte[]> upload(UUID batchId) {
        return jdbc.sql("select upload from club_import_batch where id = :b and upload is not null").param("b", batchId)
                .query(String.class).optional().map(c -> java.util.Base64.getDecoder().decode(cipher.open(c)));
    }

    /** Moves a batch out of the preview; false if it was no longer a preview. */
    boolean close(UUID id, ClubImportBatch.Status to, String actor) {
        return jdbc.sql("""
                        update club_import_batch set status = :to, finished_at = now(), finished_by = :actor
                        where id = :id and status = 'PREVIEW'""")
                .param("to", to.name()).param("actor", actor).param("id", id).update() == 1;
    }

    private static ClubImportRow row(ResultSet rs) throws SQLException {
        return new ClubImportRow(rs.getInt("row_number"), rs.getObject("club_id", UUID.class), rs.getString("code"),
                rs.getString("name"), ClubImportRow.Outcome.valueOf(rs.getString("outcome")));
    }

    private ClubImportBatch batch(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new ClubImportBatch(rs.getObject("id", UUID.class), rs.getLong("commune_id"), rs.getString("file_name"),
                ClubImportBatch.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("to_add"),
                rs.getInt("to_update"), rs.getInt("unchanged"), rs.getInt("refused"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                finished == null ? null : finished.toInstant());
    }
}
