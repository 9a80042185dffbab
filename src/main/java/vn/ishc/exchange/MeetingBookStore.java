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
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.shared.PersonalDataCipher;

/** The meeting_book_* tables: a checked meeting book upload, its meetings and why rows are refused. */
@Repository
class MeetingBookStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** A meeting as checked, with the entry to record when it is added or updated. */
    record Checked(MeetingBookMeeting meeting, MeetingEntry entry) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    MeetingBookStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.cipher = cipher;
    }

    void insert(MeetingBookBatch b, List<Checked> meetings, List<RowProblem> problems, byte[] upload) {
        jdbc.sql("""
                        insert into meeting_book_batch (id, file_name, status, total_rows, to_add, to_update, unchanged,
                            refused, refused_rows, upload, created_by)
                        values (:id, :file, 'PREVIEW', :total, :add, :update, :unchanged, :refused, :refusedRows,
                            :upload, :by)""")
                .param("id", b.id()).param("file", b.fileName()).param("total", b.totalRows()).param("add", b.toAdd())
                .param("update", b.toUpdate()).param("unchanged", b.unchanged()).param("refused", b.refused())
                .param("refusedRows", b.refusedRows())
                .param("upload", upload == null ? null : cipher.seal(java.util.Base64.getEncoder().encodeToString(upload)))
                .param("by", b.createdBy()).update();
        List<SqlParameterSource> m = new ArrayList<>();
        for (Checked c : meetings) {
            MeetingBookMeeting x = c.meeting();
            m.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("s", x.seq()).addValue("c", x.clubId())
                    .addValue("club", x.club()).addValue("d", x.heldOn()).addValue("f", x.firstRow())
                    .addValue("n", x.rowCount()).addValue("o", x.outcome().name())
                    .addValue("e", c.entry() == null ? null : cipher.seal(json.writeValueAsString(c.entry()))));
        }
        batch.batchUpdate("""
                insert into meeting_book_meeting (batch_id, seq, club_id, club, held_on, first_row, row_count, outcome, entry)
                values (:b, :s, :c, :club, :d, :f, :n, :o, :e)""", m.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> p = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem problem = problems.get(i);
            p.add(new MapSqlParameterSource().addValue("b", b.id()).addValue("n", problem.row()).addValue("s", i)
                    .addValue("c", problem.column()).addValue("v", problem.value()).addValue("k", problem.messageKey())
                    .addValue("a", json.writeValueAsString(problem.arguments())));
        }
        batch.batchUpdate("""
                insert into meeting_book_problem (batch_id, row_number, seq, column_name, value, message_key, arguments)
                values (:b, :n, :s, :c, :v, :k, cast(:a as jsonb))""", p.toArray(SqlParameterSource[]::new));
    }

    Optional<MeetingBookBatch> find(UUID id) {
        return jdbc.sql("select * from meeting_book_batch where id = :id").param("id", id).query(this::batch).optional();
    }

    List<MeetingBookBatch> recent(String createdBy, int limit) {
        return jdbc.sql("select * from meeting_book_batch where created_by = :by order by created_at desc limit :l")
                .param("by", createdBy).param("l", limit).query(this::batch).list();
    }

    List<MeetingBookMeeting> meetings(UUID batchId) {
        return jdbc.sql("select * from meeting_book_meeting where batch_id = :b order by seq").param("b", batchId)
                .query((rs, n) -> meeting(rs)).list();
    }

    /** The meetings confirming records, each with its entry, in sheet order. */
    List<Checked> toSave(UUID batchId) {
        return jdbc.sql("""
                        select * from meeting_book_meeting where batch_id = :b and outcome in ('ADD', 'UPDATE')
                        order by seq""").param("b", batchId)
                .query((rs, n) -> new Checked(meeting(rs),
                        json.readValue(cipher.open(rs.getString("entry")), MeetingEntry.class))).list();
    }

    List<RowProblem> problems(UUID batchId, int limit) {
        return jdbc.sql("select * from meeting_book_problem where batch_id = :b order by row_number, seq limit :l")
                .param("b", batchId).param("l", limit)
                .query((rs, n) -> new RowProblem(rs.getInt("row_number"), rs.getString("column_name"),
                        rs.getString("value"), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), STRINGS)))
                .list();
    }

    Optional<byte[]> upload(UUID batchId) {
        return jdbc.sql("select upload from meeting_book_batch where id = :b and upload is not null").param("b", batchId)
                .query(String.class).optional().map(c -> java.util.Base64.getDecoder().decode(cipher.open(c)));
    }

    /** Moves a batch out of the preview; false if it was no longer a preview. */
    boolean close(UUID id, MeetingBookBatch.Status to, String actor) {
        return jdbc.sql("""
                        update meeting_book_batch set status = :to, finished_at = now(), finished_by = :actor
                        where id = :id and status = 'PREVIEW'""")
                .param("to", to.name()).param("actor", actor).param("id", id).update() == 1;
    }

    private static MeetingBookMeeting meeting(ResultSet rs) throws SQLException {
        var day = rs.getDate("held_on");
        return new MeetingBookMeeting(rs.getInt("seq"), rs.getObject("club_id", UUID.class), rs.getString("club"),
                day == null ? null : day.toLocalDate(), rs.getInt("first_row"), rs.getInt("row_count"),
                MeetingBookMeeting.Outcome.valueOf(rs.getString("outcome")));
    }

    private MeetingBookBatch batch(ResultSet rs, int n) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new MeetingBookBatch(rs.getObject("id", UUID.class), rs.getString("file_name"),
                MeetingBookBatch.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("to_add"),
                rs.getInt("to_update"), rs.getInt("unchanged"), rs.getInt("refused"), rs.getInt("refused_rows"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                finished == null ? null : finished.toInstant());
    }
}
