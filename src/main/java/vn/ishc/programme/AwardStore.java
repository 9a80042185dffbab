package vn.ishc.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.VietnameseText;

/** The SQL of commendations. */
@Repository
class AwardStore {

    /** The fields of an award once checked, with the places of its recipient on today's map. */
    record Checked(LocalDate givenOn, String issuer, String decisionNumber, String areaPath, String areaName,
                   Award.Recipient kind, UUID clubId, UUID personId, String recipientName, List<String> recipientPaths,
                   String note) {
    }

    private final JdbcClient jdbc;

    AwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The SQL condition that an award aliased a is listed in the scope bound as :scope: the award is of the
     * scope's area or an area within it, or its recipient belongs to the scope's area.
     */
    static final String VISIBLE = "(:scope = '' or a.area_path = :scope or a.area_path like :scope || '.%' "
            + "or exists (select 1 from unnest(a.recipient_paths) r where r = :scope or r like :scope || '.%'))";

    Award find(UUID id) {
        return jdbc.sql("select * from programme_award a where a.id = :id").param("id", id).query(ROW).optional()
                .orElse(null);
    }

    /** Whether the award is listed in the scope: of its area or within it, or to a recipient of its area. */
    boolean visible(UUID id, AreaScope scope) {
        return jdbc.sql("select count(*) from programme_award a where a.id = :id and " + VISIBLE)
                .param("id", id).param("scope", scope.path()).query(Long.class).single() > 0;
    }

    boolean exists(Checked a) {
        return jdbc.sql("""
                select count(*) from programme_award where area_path = :path and given_on = :on and decision_key = :d
                   and recipient_kind = :kind
                   and coalesce(cast(coalesce(person_id, club_id) as text), recipient_key)
                       = coalesce(cast(coalesce(cast(:person as uuid), cast(:club as uuid)) as text), :key)""")
                .param("path", a.areaPath()).param("on", a.givenOn()).param("d", VietnameseText.searchKey(a.decisionNumber()))
                .param("kind", a.kind().name()).param("person", a.personId()).param("club", a.clubId())
                .param("key", VietnameseText.searchKey(a.recipientName())).query(Long.class).single() > 0;
    }

    void insert(UUID id, Checked a, String actor) {
        jdbc.sql("""
                insert into programme_award (id, given_on, issuer, decision_number, decision_key, area_path, area_name,
                                             recipient_kind, club_id, person_id, recipient_name, recipient_key,
                                             recipient_paths, note, recorded_by)
                values (:id, :on, :issuer, :decision, :decisionKey, :path, :name, :kind, :club, :person, :recipient,
                        :recipientKey, :paths, :note, :actor)""")
                .param("id", id).param("on", a.givenOn()).param("issuer", a.issuer()).param("decision", a.decisionNumber())
                .param("decisionKey", VietnameseText.searchKey(a.decisionNumber())).param("path", a.areaPath())
                .param("name", a.areaName()).param("kind", a.kind().name()).param("club", a.clubId())
                .param("person", a.personId()).param("recipient", a.recipientName())
                .param("recipientKey", VietnameseText.searchKey(a.recipientName()))
                .param("paths", a.recipientPaths().toArray(String[]::new)).param("note", a.note()).param("actor", actor)
                .update();
    }

    /** Awards listed in the scope, the latest first; {@code year} narrows the list. */
    List<Award> visible(AreaScope scope, Integer year, int limit) {
        return jdbc.sql("select * from programme_award a where " + VISIBLE
                        + " and (cast(:year as integer) is null or extract(year from a.given_on) = :year)"
                        + " order by a.given_on desc, a.decision_key, a.recipient_key limit :limit")
                .param("scope", scope.path()).param("year", year).param("limit", limit).query(ROW).list();
    }

    static final RowMapper<Award> ROW = AwardStore::map;

    private static Award map(ResultSet rs, int n) throws SQLException {
        return new Award(rs.getObject("id", UUID.class), rs.getObject("given_on", LocalDate.class), rs.getString("issuer"),
                rs.getString("decision_number"), rs.getString("area_path"), rs.getString("area_name"),
                Award.Recipient.valueOf(rs.getString("recipient_kind")), rs.getObject("club_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("recipient_name"), rs.getString("note"),
                TrainingStore.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
