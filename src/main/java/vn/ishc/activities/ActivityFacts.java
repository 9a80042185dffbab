package vn.ishc.activities;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.AreaScope;

/**
 * What the indicators count of some clubs' activity areas, for the reporting pipeline: activities not
 * cancelled, entitlement cases and art teams. No names; nation's scope only.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFacts {

    private final JdbcClient jdbc;

    ActivityFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An activity on a day; a resource received carries its source, form and declared value. {@code personId}
     * is the person it is about: a member's id, or for someone else a key made from the club and their name as
     * written (case and spacing aside), the same each time the club records them, which names no one.
     */
    public record Done(UUID clubId, ActivityKind kind, LocalDate on, UUID personId, NewActivity.SourceType sourceType,
                       NewActivity.ResourceForm resourceForm, Long valueDong) {
    }

    /** An entitlement case: applied on a day, obtained (or refused) on another. */
    public record Claim(UUID clubId, UUID personId, LocalDate appliedOn, EntitlementCase.Status status,
                        LocalDate decidedOn) {
    }

    /** A club's art team and the day it was founded. */
    public record ArtTeam(UUID clubId, LocalDate foundedOn) {
    }

    public List<Done> activities(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("""
                        select club_id, kind, on_date, coalesce(person_id, case when btrim(person_name) <> '' then
                                   md5(club_id::text || '|' || lower(regexp_replace(btrim(person_name), '\\s+', ' ', 'g')))::uuid
                                   end) as person_id, source_type, resource_form, value_dong from club_activity
                        where club_id = any(:clubs) and cancelled_on is null order by club_id, on_date""")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Done(rs.getObject("club_id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
                        rs.getObject("on_date", LocalDate.class), rs.getObject("person_id", UUID.class),
                        rs.getString("source_type") == null ? null : NewActivity.SourceType.valueOf(rs.getString("source_type")),
                        rs.getString("resource_form") == null ? null
                                : NewActivity.ResourceForm.valueOf(rs.getString("resource_form")),
                        (Long) rs.getObject("value_dong"))).list();
    }

    public List<Claim> claims(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("select club_id, person_id, applied_on, status, decided_on from entitlement_case "
                        + "where club_id = any(:clubs) order by club_id, applied_on")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new Claim(rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("applied_on", LocalDate.class), EntitlementCase.Status.valueOf(rs.getString("status")),
                        rs.getObject("decided_on", LocalDate.class))).list();
    }

    public List<ArtTeam> artTeams(Collection<UUID> clubIds, AreaScope scope) {
        scope.requireNation();
        return jdbc.sql("select club_id, founded_on from club_art_team where club_id = any(:clubs)")
                .param("clubs", clubIds.toArray(UUID[]::new))
                .query((rs, n) -> new ArtTeam(rs.getObject("club_id", UUID.class),
                        rs.getObject("founded_on", LocalDate.class))).list();
    }

}
