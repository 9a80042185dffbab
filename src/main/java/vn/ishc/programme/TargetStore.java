package vn.ishc.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.VietnameseText;

/** The SQL of targets and their documents. */
@Repository
class TargetStore {

    /** The name stored for the nation as the area of national targets. */
    static final String NATION_NAME = "Việt Nam";

    private static final String SELECT = """
            select t.*, d.kind as d_kind, d.number as d_number, d.title as d_title, d.issued_on as d_issued_on,
                   d.area_path as d_area_path, d.note as d_note
            from programme_target t join programme_document d on d.id = t.document_id
            """;
    private static final String ORDER = " order by (case when t.area_path = '' then 0 when position('.' in t.area_path) = 0 "
            + "then 1 else 2 end), t.area_path, t.code, t.first_month, t.last_month, t.recorded_at";

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition that the area path in {@code column} is readable in the scope bound as :scope. */
    static String visibleIn(String column) {
        return "(:scope = '' or " + column + " = '' or " + column + " = :scope or " + column + " like :scope || '.%' "
                + "or :scope like " + column + " || '.%')";
    }

    Target find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ROW).optional().orElse(null);
    }

    /** The target in force, its row locked until the transaction ends, so that shares are set one at a time. */
    Target lock(UUID id) {
        List<UUID> found = jdbc.sql("select id from programme_target where id = :id for update")
                .param("id", id).query(UUID.class).list();
        return found.isEmpty() ? null : find(id);
    }

    void insert(UUID id, TargetRules.Checked t, String path, String areaName, UUID documentId, UUID parentId,
                UUID replaces, String actor) {
        jdbc.sql("""
                insert into programme_target (id, code, area_path, area_name, first_month, last_month, measure, value,
                                              of_code, direction, document_id, parent_id, note, recorded_by, replaces)
                values (:id, :code, :path, :name, :first, :last, :measure, :value, :ofCode, :direction, :document,
                        :parent, :note, :actor, :replaces)""")
                .param("id", id).param("code", t.code()).param("path", path).param("name", areaName)
                .param("first", t.first().atDay(1)).param("last", t.last().atDay(1))
                .param("measure", t.measure().name()).param("value", t.value()).param("ofCode", t.ofCode())
                .param("direction", t.direction().name()).param("document", documentId).param("parent", parentId)
                .param("note", t.note()).param("actor", actor).param("replaces", replaces).update();
    }

    /** A province's share of a national target: its code, period, measure and document. */
    void insertShare(UUID id, Target national, String provinceCode, String provinceName, BigDecimal value,
                     UUID replaces, String actor) {
        insert(id, new TargetRules.Checked(national.code(), national.period().first(), national.period().last(),
                        national.measure(), TargetRules.normal(value), national.ofCode(), national.direction(), null),
                provinceCode, provinceName, national.document().id(), national.id(), replaces, actor);
    }

    void supersede(UUID id, String actor) {
        jdbc.sql("update programme_target set superseded_at = now(), superseded_by = :actor where id = :id "
                        + "and superseded_at is null")
                .param("actor", actor).param("id", id).update();
    }

    List<Target> currentShares(UUID parentId) {
        return jdbc.sql(SELECT + " where t.parent_id = :p and t.superseded_at is null" + ORDER)
                .param("p", parentId).query(ROW).list();
    }

    List<Target> allShares(UUID parentId) {
        return jdbc.sql(SELECT + " where t.parent_id = :p order by t.recorded_at desc, t.area_path")
                .param("p", parentId).query(ROW).list();
    }

    List<Target> visible(AreaScope scope, String code, UUID documentId) {
        return jdbc.sql(SELECT + " where t.superseded_at is null and " + visibleIn("t.area_path")
                        + " and (cast(:code as text) is null or t.code = :code)"
                        + " and (cast(:document as uuid) is null or t.document_id = :document)" + ORDER)
                .param("scope", scope.path()).param("code", code).param("document", documentId)
                .query(ROW).list();
    }

    List<Target> ofArea(String path, YearMonth from, YearMonth to) {
        return jdbc.sql(SELECT + " where t.superseded_at is null and t.area_path = :path "
                        + "and t.first_month <= :to and t.last_month >= :from" + ORDER)
                .param("path", path).param("from", from.atDay(1)).param("to", to.atDay(1)).query(ROW).list();
    }

    List<String> codes(AreaScope scope) {
        return jdbc.sql("select distinct t.code from programme_target t where " + visibleIn("t.area_path")
                        + " union select distinct t.of_code from programme_target t where t.of_code is not null and "
                        + visibleIn("t.area_path") + " order by 1")
                .param("scope", scope.path()).query(String.class).list();
    }

    SourceDocument document(UUID id) {
        return jdbc.sql("select * from programme_document where id = :id").param("id", id).query(DOCUMENT)
                .optional().orElse(null);
    }

    SourceDocument documentByNumber(SourceDocument.Kind kind, String areaPath, String number) {
        return jdbc.sql("select * from programme_document where kind = :kind and area_path = :path and number_key = :key")
                .param("kind", kind.name()).param("path", areaPath).param("key", VietnameseText.searchKey(number))
                .query(DOCUMENT).optional().orElse(null);
    }

    SourceDocument insertDocument(NewTarget.NewDocument d, String areaPath, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into programme_document (id, kind, number, number_key, title, issued_on, area_path, note, created_by)
                values (:id, :kind, :number, :key, :title, :issued, :path, :note, :actor)""")
                .param("id", id).param("kind", d.kind().name()).param("number", d.number())
                .param("key", VietnameseText.searchKey(d.number())).param("title", d.title())
                .param("issued", d.issuedOn()).param("path", areaPath).param("note", d.note()).param("actor", actor)
                .update();
        return document(id);
    }

    /** Documents readable in the scope, national first, then by date. */
    List<SourceDocument> documents(AreaScope scope) {
        return jdbc.sql("select * from programme_document d where " + visibleIn("d.area_path")
                        + " order by (d.area_path = '') desc, d.area_path, d.issued_on nulls last, d.number")
                .param("scope", scope.path()).query(DOCUMENT).list();
    }

    static final RowMapper<SourceDocument> DOCUMENT = (rs, n) -> new SourceDocument(rs.getObject("id", UUID.class),
            SourceDocument.Kind.valueOf(rs.getString("kind")), rs.getString("number"), rs.getString("title"),
            rs.getObject("issued_on", LocalDate.class), rs.getString("area_path"), rs.getString("note"));

    static final RowMapper<Target> ROW = TargetStore::map;

    private static Target map(ResultSet rs, int n) throws SQLException {
        SourceDocument document = new SourceDocument(rs.getObject("document_id", UUID.class),
                SourceDocument.Kind.valueOf(rs.getString("d_kind")), rs.getString("d_number"), rs.getString("d_title"),
                rs.getObject("d_issued_on", LocalDate.class), rs.getString("d_area_path"), rs.getString("d_note"));
        String ofCode = rs.getString("of_code");
        return new Target(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("area_path"),
                rs.getString("area_name"), new TargetPeriod(month(rs, "first_month"), month(rs, "last_month")),
                Target.Measure.valueOf(rs.getString("measure")), TargetRules.normal(rs.getBigDecimal("value")), ofCode,
                Target.Direction.valueOf(rs.getString("direction")), document, rs.getObject("parent_id", UUID.class),
                rs.getString("note"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                rs.getObject("replaces", UUID.class), instant(rs, "superseded_at"), rs.getString("superseded_by"));
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        return YearMonth.from(rs.getObject(column, LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
