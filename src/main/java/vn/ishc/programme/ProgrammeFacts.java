package vn.ishc.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.OutOfScopeException;

/**
 * The programme's facts for reporting, without names: the indicators {@code TRAININGS_HELD} (courses held
 * in a period: their last day in it, cancelled ones left out), {@code TRAINING_PARTICIPANTS} (the people
 * taking part in those courses, each once per course) and {@code AWARDS} (commendations given in the
 * period). They count by the area of the organiser or issuer on today's map: an area counts its own and
 * those of the areas within it, so a commune's course counts for the commune, its province and the nation.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeFacts {

    /** The SQL condition that the path in {@code column} is the area bound as :path or lies within it. */
    private static String within(String column) {
        return "(:path = '' or " + column + " = :path or " + column + " like :path || '.%')";
    }

    private final JdbcClient jdbc;

    ProgrammeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A course: the organiser's area, its last day, the people taking part, and whether it was cancelled. */
    public record Held(UUID courseId, String areaPath, LocalDate endsOn, int participants, boolean cancelled) {
    }

    /** A commendation: the issuer's area and the day it was given. */
    public record Given(UUID awardId, String areaPath, LocalDate givenOn) {
    }

    /** The three programme indicators of one area and period. */
    public record Figures(long trainingsHeld, long trainingParticipants, long awards) {
    }

    /** Every course ever recorded (cancelled ones marked), for the reporting pipeline; the nation's scope only. */
    public List<Held> courses(AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("""
                        select c.id, c.area_path, c.ends_on, c.cancelled_at is not null as cancelled,
                               (select count(*) from programme_participant p where p.course_id = c.id
                                and p.removed_at is null) as participants
                        from programme_course c order by c.ends_on, c.id""")
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getString("area_path"),
                        rs.getObject("ends_on", LocalDate.class), rs.getInt("participants"), rs.getBoolean("cancelled")))
                .list();
    }

    /** Every commendation recorded, for the reporting pipeline; the nation's scope only. */
    public List<Given> awards(AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("select id, area_path, given_on from programme_award order by given_on, id")
                .query((rs, n) -> new Given(rs.getObject("id", UUID.class), rs.getString("area_path"),
                        rs.getObject("given_on", LocalDate.class))).list();
    }

    /**
     * {@code TRAININGS_HELD} for the area at {@code areaPath} ("" the nation, "20" a province, "20.06058" a
     * commune) and the days {@code from} to {@code to}, both included.
     */
    public long trainingsHeld(String areaPath, LocalDate from, LocalDate to, AreaScope scope) {
        String path = readable(areaPath, scope);
        return jdbc.sql("select count(*) from programme_course c where c.cancelled_at is null "
                        + "and c.ends_on between :from and :to and " + within("c.area_path"))
                .param("path", path).param("from", day(from)).param("to", day(to)).query(Long.class).single();
    }

    /** {@code TRAINING_PARTICIPANTS}: the participants of the courses {@link #trainingsHeld} counts. */
    public long trainingParticipants(String areaPath, LocalDate from, LocalDate to, AreaScope scope) {
        String path = readable(areaPath, scope);
        return jdbc.sql("select count(*) from programme_participant p join programme_course c on c.id = p.course_id "
                        + "where p.removed_at is null and c.cancelled_at is null and c.ends_on between :from and :to and "
                        + within("c.area_path"))
                .param("path", path).param("from", day(from)).param("to", day(to)).query(Long.class).single();
    }

    /** {@code AWARDS}: the commendations given from {@code from} to {@code to} by the area or those within it. */
    public long awardsGiven(String areaPath, LocalDate from, LocalDate to, AreaScope scope) {
        String path = readable(areaPath, scope);
        return jdbc.sql("select count(*) from programme_award a where a.given_on between :from and :to and "
                        + within("a.area_path"))
                .param("path", path).param("from", day(from)).param("to", day(to)).query(Long.class).single();
    }

    /** The three indicators of an area and period at once. */
    public Figures figures(String areaPath, LocalDate from, LocalDate to, AreaScope scope) {
        return new Figures(trainingsHeld(areaPath, from, to, scope), trainingParticipants(areaPath, from, to, scope),
                awardsGiven(areaPath, from, to, scope));
    }

    /** Figures are readable for the scope's area, the areas within it and above it (they name no one). */
    private static String readable(String areaPath, AreaScope scope) {
        String path = areaPath == null ? "" : areaPath.strip();
        if (!ProgrammeAreas.visible(path, scope)) {
            throw new OutOfScopeException("programme figures of area '" + path + "'");
        }
        return path;
    }

    private static LocalDate day(LocalDate d) {
        return Objects.requireNonNull(d, "day");
    }
}
