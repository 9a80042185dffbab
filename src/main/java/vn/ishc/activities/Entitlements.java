package vn.ishc.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.members.Person;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/** Entitlement cases of a club, and its art team. */
@Service
@Transactional
public class Entitlements {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Entitlements(JdbcClient jdbc, Clubs clubs, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a case for a member ({@code personId}) or someone else named; applied on a day not in the future. */
    public EntitlementCase apply(UUID clubId, UUID personId, String personName, EntitlementCase.Benefit benefit,
                                 LocalDate appliedOn, String notes, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (benefit == null) {
            throw missing("benefit");
        }
        if (appliedOn == null) {
            throw missing("appliedOn");
        }
        if (appliedOn.isAfter(today())) {
            throw new InvalidInputException("activities.date.future", "appliedOn", appliedOn);
        }
        if (appliedOn.isBefore(club.foundedOn())) {
            throw new InvalidInputException("activities.date.beforeFounding", "appliedOn", appliedOn, club.foundedOn());
        }
        String name;
        boolean member = personId != null;
        if (member) {
            Person p = members.person(personId, scope).person();
            if (!members.isMember(clubId, personId, appliedOn)) {
                throw new InvalidInputException("activities.person.notMember", "personId", p.fullName(), appliedOn);
            }
            name = p.fullName();
        } else {
            name = VietnameseText.clean(personName);
            if (name == null || name.isBlank()) {
                throw missing("personName");
            }
        }
        UUID id = UUID.randomUUID();
        String note = VietnameseText.clean(notes);
        jdbc.sql("""
                insert into entitlement_case (id, club_id, person_id, person_name, is_member, benefit, applied_on, status,
                                              notes, created_by, updated_by)
                values (:id, :club, :person, :name, :member, :benefit, :applied, 'APPLIED', :notes, :actor, :actor)""")
                .param("id", id).param("club", clubId).param("person", personId).param("name", name)
                .param("member", member).param("benefit", benefit.name()).param("applied", appliedOn)
                .param("notes", note == null || note.isBlank() ? null : note).param("actor", actor).update();
        EntitlementCase c = find(id);
        publish(club, c, "entitlement.applied", actor, Map.of("person", name, "benefit", benefit.name(),
                "appliedOn", appliedOn.toString()));
        return c;
    }

    /** Records the decision on an open case: obtained or refused, on a day from the application to today. */
    public EntitlementCase decide(UUID caseId, EntitlementCase.Status status, LocalDate decidedOn, String actor,
                                  AreaScope scope) {
        EntitlementCase before = get(caseId, scope);
        Club club = clubs.get(before.clubId(), scope);
        if (status == null || status == EntitlementCase.Status.APPLIED) {
            throw missing("status");
        }
        if (decidedOn == null) {
            throw missing("decidedOn");
        }
        if (!before.open()) {
            throw new InvalidInputException("activities.entitlement.decided", "status", before.decidedOn());
        }
        if (decidedOn.isBefore(before.appliedOn()) || decidedOn.isAfter(today())) {
            throw new InvalidInputException("activities.entitlement.decidedOnInvalid", "decidedOn", decidedOn,
                    before.appliedOn());
        }
        jdbc.sql("update entitlement_case set status = :s, decided_on = :d, version = version + 1, updated_at = now(), "
                        + "updated_by = :actor where id = :id and status = 'APPLIED'")
                .param("s", status.name()).param("d", decidedOn).param("actor", actor).param("id", caseId).update();
        EntitlementCase after = find(caseId);
        publish(club, after, "entitlement.decided", actor, Map.of("person", after.personName(),
                "status", status.name(), "decidedOn", decidedOn.toString()));
        return after;
    }

    @Transactional(readOnly = true)
    public EntitlementCase get(UUID id, AreaScope scope) {
        EntitlementCase c = find(id);
        if (c == null) {
            throw new NotFoundException("activities.entitlement.notFound", id);
        }
        clubs.get(c.clubId(), scope);
        return c;
    }

    /** The club's cases: open ones first, then those decided, latest first. */
    @Transactional(readOnly = true)
    public List<EntitlementCase> ofClub(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from entitlement_case where club_id = :c "
                        + "order by (status = 'APPLIED') desc, coalesce(decided_on, applied_on) desc")
                .param("c", clubId).query(ROW).list();
    }

    /** Cases open on a day: applied on or before it and not decided by then. */
    @Transactional(readOnly = true)
    public int openOn(UUID clubId, LocalDate day, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select count(*) from entitlement_case where club_id = :c and applied_on <= :d "
                        + "and (decided_on is null or decided_on > :d)")
                .param("c", clubId).param("d", day).query(Integer.class).single();
    }

    /** The club's art team, founded on a day, if it has one. */
    @Transactional(readOnly = true)
    public LocalDate artTeamFoundedOn(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select founded_on from club_art_team where club_id = :c").param("c", clubId)
                .query(LocalDate.class).optional().orElse(null);
    }

    /** Records (or corrects) when the club's art team was founded. */
    public void foundArtTeam(UUID clubId, LocalDate foundedOn, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (foundedOn == null) {
            throw missing("artTeamFoundedOn");
        }
        if (foundedOn.isAfter(today()) || foundedOn.isBefore(club.foundedOn())) {
            throw new InvalidInputException("activities.artTeam.date", "artTeamFoundedOn", foundedOn, club.foundedOn());
        }
        LocalDate before = artTeamFoundedOn(clubId, scope);
        jdbc.sql("insert into club_art_team (club_id, founded_on, recorded_by) values (:c, :d, :actor) "
                        + "on conflict (club_id) do update set founded_on = excluded.founded_on, recorded_by = excluded.recorded_by")
                .param("c", clubId).param("d", foundedOn).param("actor", actor).update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", before == null ? "" : before.toString());
        detail.put("after", foundedOn.toString());
        events.publishEvent(new vn.ishc.clubs.ClubChanged(clubId, "club.artTeam", actor, detail));
    }

    private void publish(Club club, EntitlementCase c, String action, String actor, Map<String, Object> detail) {
        events.publishEvent(new EntitlementChanged(c.id(), club.id(), club.communeId(), club.areaPaths(), action,
                c.benefit(), c.status(), c.appliedOn(), c.decidedOn(), c.member(), actor, detail));
    }

    private EntitlementCase find(UUID id) {
        return jdbc.sql("select * from entitlement_case where id = :id").param("id", id).query(ROW).optional().orElse(null);
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("activities.field.missing", field);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    static final RowMapper<EntitlementCase> ROW = (rs, n) -> new EntitlementCase(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("person_name"),
            rs.getBoolean("is_member"), EntitlementCase.Benefit.valueOf(rs.getString("benefit")),
            rs.getObject("applied_on", LocalDate.class), EntitlementCase.Status.valueOf(rs.getString("status")),
            rs.getObject("decided_on", LocalDate.class), rs.getString("notes"), rs.getInt("version"));
}
