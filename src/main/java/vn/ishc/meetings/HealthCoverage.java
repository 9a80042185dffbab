package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;

/**
 * Who of a club had their blood pressure or weight taken in a period, whatever the occasion (a meeting
 * counts once finished).
 */
@Service
@Transactional(readOnly = true)
public class HealthCoverage {

    private final JdbcClient jdbc;
    private final Clubs clubs;

    HealthCoverage(JdbcClient jdbc, Clubs clubs) {
        this.jdbc = jdbc;
        this.clubs = clubs;
    }

    /** The people with at least one blood-pressure reading under the club between the two days (both included). */
    public Set<UUID> measured(UUID clubId, LocalDate from, LocalDate to, AreaScope scope) {
        clubs.get(clubId, scope);
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from health_reading r
                        where club_id = :c and taken_on between :from and :to and systolic is not null
                          and not exists (select 1 from meeting d where r.origin = 'MEETING' and d.id = r.origin_id
                                          and d.status = 'DRAFT')""")
                .param("c", clubId).param("from", from).param("to", to).query(UUID.class).list());
    }

    /** The people weighed under the club between the two days (both included). */
    public Set<UUID> weighed(UUID clubId, LocalDate from, LocalDate to, AreaScope scope) {
        clubs.get(clubId, scope);
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from health_reading r
                        where club_id = :c and taken_on between :from and :to and weight_kg is not null
                          and not exists (select 1 from meeting d where r.origin = 'MEETING' and d.id = r.origin_id
                                          and d.status = 'DRAFT')""")
                .param("c", clubId).param("from", from).param("to", to).query(UUID.class).list());
    }
}
