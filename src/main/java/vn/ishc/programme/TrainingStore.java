package vn.ishc.programme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.VietnameseText;

/** The SQL of courses and their participants. */
@Repository
class TrainingStore {

    private static final String SELECT = """
            select c.*, (select count(*) from programme_participant p where p.course_id = c.id and p.removed_at is null)
                   as participants
            from programme_course c""";
    private static final String PARTICIPANTS = "select * from programme_participant p";

    /** The fields of a course once checked and cleaned. */
    record Checked(String title, Course.Kind kind, String areaPath, String areaName, LocalDate startsOn,
                   LocalDate endsOn, String place, UUID projectId, String note) {
    }

    /** A participant with the places of their club on today's map (empty for a person outside the clubs). */
    record Row(Participant participant, List<String> clubPaths) {
    }

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Course find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(COURSE).optional().orElse(null);
    }

    /** The course, its row locked until the transaction ends, so that its participants change one at a time. */
    Course lock(UUID id) {
        List<UUID> found = jdbc.sql("select id from programme_course where id = :id for update").param("id", id)
                .query(UUID.class).list();
        return found.isEmpty() ? null : find(id);
    }

    void insert(UUID id, Checked c, String actor) {
        jdbc.sql("""
                insert into programme_course (id, title, kind, area_path, area_name, starts_on, ends_on, place, project_id,
                                              note, recorded_by)
                values (:id, :title, :kind, :path, :name, :starts, :ends, :place, :project, :note, :actor)""")
                .param("id", id).param("title", c.title()).param("kind", c.kind().name()).param("path", c.areaPath())
                .param("name", c.areaName()).param("starts", c.startsOn()).param("ends", c.endsOn())
                .param("place", c.place()).param("project", c.projectId()).param("note", c.note()).param("actor", actor)
                .update();
    }

    /** Updates the course read at {@code version}; answers whether it was still at that version. */
    boolean update(UUID id, Checked c, int version, String actor) {
        return jdbc.sql("""
                update programme_course set title = :title, kind = :kind, area_path = :path, area_name = :name,
                       starts_on = :starts, ends_on = :ends, place = :place, project_id = :project, note = :note,
                       updated_at = now(), updated_by = :actor, version = version + 1
                where id = :id and version = :version and cancelled_at is null""")
                .param("title", c.title()).param("kind", c.kind().name()).param("path", c.areaPath())
                .param("name", c.areaName()).param("starts", c.startsOn()).param("ends", c.endsOn())
                .param("place", c.place()).param("project", c.projectId()).param("note", c.note()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    void cancel(UUID id, String reason, String actor) {
        jdbc.sql("update programme_course set cancelled_at = now(), cancelled_by = :actor, cancel_reason = :reason, "
                        + "version = version + 1 where id = :id and cancelled_at is null")
                .param("actor", actor).param("reason", reason).param("id", id).update();
    }

    /** Courses listed in the scope, the latest first; {@code year} (of the last day) narrows the list. */
    List<Course> visible(AreaScope scope, Integer year, int limit) {
        return jdbc.sql(SELECT + " where " + ProgrammeAreas.visibleIn("c.area_path")
                        + " and (cast(:year as integer) is null or extract(year from c.ends_on) = :year)"
                        + " order by c.ends_on desc, c.starts_on desc, c.title collate \"vi-x-icu\" limit :limit")
                .param("scope", scope.path()).param("year", year).param("limit", limit).query(COURSE).list();
    }

    List<Row> participants(UUID courseId) {
        return jdbc.sql(PARTICIPANTS + " where p.course_id = :c and p.removed_at is null order by p.full_name collate \"vi-x-icu\", p.added_at")
                .param("c", courseId).query(ROW).list();
    }

    Participant participant(UUID id) {
        return jdbc.sql(PARTICIPANTS + " where p.id = :id").param("id", id).query(ROW).optional().map(Row::participant)
                .orElse(null);
    }

    boolean active(UUID participantId) {
        return jdbc.sql("select count(*) from programme_participant where id = :id and removed_at is null")
                .param("id", participantId).query(Long.class).single() > 0;
    }

    Participant activeMember(UUID courseId, UUID personId) {
        return jdbc.sql(PARTICIPANTS + " where p.course_id = :c and p.person_id = :p and p.removed_at is null")
                .param("c", courseId).param("p", personId).query(ROW).optional().map(Row::participant).orElse(null);
    }

    Participant activeOutsider(UUID courseId, String fullName, String organisation) {
        return jdbc.sql(PARTICIPANTS + " where p.course_id = :c and p.person_id is null and p.name_key = :n "
                        + "and p.organisation_key = :o and p.removed_at is null")
                .param("c", courseId).param("n", VietnameseText.searchKey(fullName))
                .param("o", VietnameseText.searchKey(organisation)).query(ROW).optional().map(Row::participant)
                .orElse(null);
    }

    void insertParticipant(UUID id, UUID courseId, UUID personId, UUID clubId, String clubName, List<String> clubPaths,
                           String fullName, Person.Sex sex, String organisation, String actor) {
        jdbc.sql("""
                insert into programme_participant (id, course_id, person_id, club_id, club_name, club_paths, full_name,
                                                   name_key, sex, organisation, organisation_key, added_by)
                values (:id, :course, :person, :club, :clubName, :paths, :name, :nameKey, :sex, :org, :orgKey, :actor)""")
                .param("id", id).param("course", courseId).param("person", personId).param("club", clubId)
                .param("clubName", clubName).param("paths", clubPaths.toArray(String[]::new)).param("name", fullName)
                .param("nameKey", VietnameseText.searchKey(fullName)).param("sex", sex == null ? null : sex.name())
                .param("org", organisation).param("orgKey", VietnameseText.searchKey(organisation)).param("actor", actor)
                .update();
    }

    void removeParticipant(UUID id, String actor) {
        jdbc.sql("update programme_participant set removed_at = now(), removed_by = :actor where id = :id "
                + "and removed_at is null").param("actor", actor).param("id", id).update();
    }

    static final RowMapper<Course> COURSE = TrainingStore::course;
    static final RowMapper<Row> ROW = TrainingStore::row;

    private static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getString("title"), Course.Kind.valueOf(rs.getString("kind")),
                rs.getString("area_path"), rs.getString("area_name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getObject("project_id", UUID.class),
                rs.getString("note"), rs.getInt("participants"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                instant(rs, "cancelled_at"), rs.getString("cancelled_by"), rs.getString("cancel_reason"),
                rs.getInt("version"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String sex = rs.getString("sex");
        Participant p = new Participant(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("club_id", UUID.class), rs.getString("club_name"),
                rs.getString("full_name"), sex == null ? null : Person.Sex.valueOf(sex), rs.getString("organisation"),
                instant(rs, "added_at"), rs.getString("added_by"));
        return new Row(p, paths(rs.getArray("club_paths")));
    }

    static List<String> paths(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
