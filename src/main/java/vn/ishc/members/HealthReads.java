package vn.ishc.members;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * The log of who read a person's health data: one line per request that showed readings, check-ups,
 * referrals or visits, naming every person it showed, whoever asked. Only ever added to; read by the
 * national administrators.
 */
@Service
public class HealthReads {

    /**
     * What was read: a person's health page or API; a meeting's page, form or API; the new-meeting form showing
     * each member's last reading; a meeting's saved versions; a home visit's page or API; a copy of a person's data.
     */
    public enum What { HEALTH_PAGE, HEALTH_API, MEETING_PAGE, MEETING_API, MEETING_FORM, MEETING_VERSIONS,
        HOME_VISIT_PAGE, HOME_VISIT_API, PERSONAL_DATA, LTC_CASE_PAGE, LTC_CASE_API }

    /** One read: who, when, what (and which record), and whose health data it showed. */
    public record Line(Instant at, String actor, What what, String target, List<UUID> personIds, List<String> names) {
    }

    /** One page of lines, newest first. */
    public record Page(List<Line> items, int page, int size, boolean more) {
    }

    private static final RowMapper<Line> LINE = (rs, n) -> new Line(rs.getTimestamp("at").toInstant(),
            rs.getString("actor"), What.valueOf(rs.getString("what")), rs.getString("target"),
            uuids(rs.getArray("person_ids")), strings(rs.getArray("names")));

    private final JdbcClient jdbc;
    private final Clock clock;

    HealthReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes that the user read the health data of these persons; kept even when the request fails later,
     * and written once for the whole request however many persons it showed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(String actor, What what, String target, Collection<UUID> personIds) {
        jdbc.sql("""
                        insert into health_read (at, actor, what, target, person_ids)
                        values (:at, :actor, :what, :target, cast(:persons as uuid[]))""")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("actor", actor).param("what", what.name())
                .param("target", target).param("persons", personIds.stream().distinct().map(UUID::toString)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .update();
    }

    /**
     * The reads, newest first, of one person or by one user when given; for the nation only, since the
     * lines name people of every area.
     */
    @Transactional(readOnly = true)
    public Page list(UUID personId, String actor, int page, int size, AreaScope scope) {
        scope.requireNation();
        int s = Math.max(1, Math.min(size, 200));
        int p = Math.max(0, page);
        List<Line> lines = jdbc.sql("""
                        select h.at, h.actor, h.what, h.target, h.person_ids,
                               array(select coalesce(p.full_name, u.id::text)
                                     from unnest(h.person_ids) with ordinality u(id, n)
                                     left join person p on p.id = u.id order by u.n) as names
                        from health_read h
                        where (cast(:person as uuid) is null or h.person_ids @> array[cast(:person as uuid)])
                          and (cast(:actor as text) is null or h.actor = :actor)
                        order by h.id desc
                        limit :limit offset :offset""")
                .param("person", personId).param("actor", actor == null || actor.isBlank() ? null : actor.strip())
                .param("limit", s + 1).param("offset", p * s).query(LINE).list();
        return new Page(lines.subList(0, Math.min(s, lines.size())), p, s, lines.size() > s);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()))
                .toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }
}
