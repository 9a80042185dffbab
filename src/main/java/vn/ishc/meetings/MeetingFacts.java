package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * What the indicators count of some clubs' meetings and health records, for the reporting pipeline:
 * meetings with who was present, readings reduced to their values, check-ups, referrals and who is
 * under treatment for hypertension. No names, one query per kind for many clubs; nation's scope only.
 */
@Service
@Transactional(readOnly = true)
public class MeetingFacts {

    private final JdbcClient jdbc;

    MeetingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A meeting held, with the people present, and the day (in Vietnam) its book was keyed: when it was first
     * saved finished (a draft saved before is not keyed yet).
     */
    public record Held(UUID clubId, LocalDate heldOn, boolean learningTopic, List<UUID> present, LocalDate keyedOn) {
    }

    /** A reading under a club: blood pressure (null when not taken) and whether the person was weighed. */
    public record Taken(UUID clubId, UUID personId, LocalDate takenOn, Integer systolic, Integer diastolic,
                        boolean weighed) {

        public boolean pressure() {
            return systolic != null;
        }

        /** 140 systolic or 90 diastolic and above. */
        public boolean high() {
            return systolic != null && (systolic >= 140 || diastolic >= 90);
        }
    }

    /** The health facts of some people that are theirs, not a club's: check-ups, referrals, treatment. */
    public record PersonHealth(UUID personId, List<LocalDate> checkups, List<LocalDate> referrals,
                               boolean underTreatment) {
    }

    /** The clubs' finished meetings (a draft counts once it is finished). */
    public List<Held> meetings(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("""
                        select m.club_id, m.held_on, coalesce(m.learning_topic, '') <> '' as topic,
                               coalesce(array_agg(a.person_id order by a.person_id) filter (where a.status = 'PRESENT'), '{}')
                                   as present,
                               cast(coalesce((select min(v.recorded_at) from meeting_version v where v.meeting_id = m.id
                                               and coalesce(v.content ->> 'status', 'FINISHED') = 'FINISHED'),
                                             m.created_at) at time zone 'Asia/Ho_Chi_Minh' as date) as keyed_on
                        from meeting m left join attendance a on a.meeting_id = m.id
                        where m.club_id = any(:clubs) and m.status = 'FINISHED'
                        group by m.id order by m.club_id, m.held_on""")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Held(rs.getObject("club_id", UUID.class), rs.getObject("held_on", LocalDate.class),
                        rs.getBoolean("topic"), List.of((UUID[]) rs.getArray("present").getArray()),
                        rs.getObject("keyed_on", LocalDate.class))).list();
    }

    /** The clubs' readings, except those of a meeting still a draft. */
    public List<Taken> readings(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("""
                        select club_id, person_id, taken_on, systolic, diastolic, weight_kg is not null as weighed
                        from health_reading r where club_id = any(:clubs)
                          and not exists (select 1 from meeting d where r.origin = 'MEETING' and d.id = r.origin_id
                                          and d.status = 'DRAFT')
                        order by club_id, taken_on, person_id""")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Taken(rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("taken_on", LocalDate.class), (Integer) rs.getObject("systolic"),
                        (Integer) rs.getObject("diastolic"), rs.getBoolean("weighed"))).list();
    }

    public List<PersonHealth> people(Collection<UUID> personIds, AreaScope scope) {
        scope.requireNation();
        UUID[] ids = personIds.toArray(UUID[]::new);
        return jdbc.sql("""
                        select p.id,
                               coalesce((select array_agg(c.checked_on order by c.checked_on) from health_checkup c
                                         where c.person_id = p.id), '{}') as checkups,
                               coalesce((select array_agg(r.referred_on order by r.referred_on) from health_referral r
                                         where r.person_id = p.id), '{}') as referrals,
                               exists (select 1 from health_profile h where h.person_id = p.id
                                       and h.hypertension = 'UNDER_TREATMENT') as treated
                        from unnest(cast(:ids as uuid[])) as p(id)
                        where exists (select 1 from health_checkup c where c.person_id = p.id)
                           or exists (select 1 from health_referral r where r.person_id = p.id)
                           or exists (select 1 from health_profile h where h.person_id = p.id and h.hypertension is not null)""")
                .param("ids", ids)
                .query((rs, n) -> new PersonHealth(rs.getObject("id", UUID.class), dates(rs.getArray("checkups")),
                        dates(rs.getArray("referrals")), rs.getBoolean("treated"))).list();
    }

    private static List<LocalDate> dates(java.sql.Array array) throws java.sql.SQLException {
        return java.util.Arrays.stream((java.sql.Date[]) array.getArray()).map(java.sql.Date::toLocalDate).toList();
    }

}
