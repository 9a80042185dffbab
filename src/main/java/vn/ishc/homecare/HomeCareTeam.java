package vn.ishc.homecare;

import static vn.ishc.homecare.Rows.missing;
import static vn.ishc.homecare.Rows.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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

/**
 * A club's home-care team: its volunteers and the people they care for ({@link CarePlans} has each
 * person's plan and assigned volunteers). Nothing is deleted: people end on a day. Every change is
 * published as {@link HomeCareChanged}.
 */
@Service
@Transactional
public class HomeCareTeam {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeCareTeam(JdbcClient jdbc, Clubs clubs, Members members, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a trained volunteer; sending the same id again returns the volunteer already added. */
    public Volunteer addVolunteer(UUID clubId, NewVolunteer v, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (v == null) {
            throw missing("name");
        }
        Volunteer existing = v.id() == null ? null : findVolunteer(v.id());
        if (existing != null && existing.clubId().equals(clubId)) {
            return existing;
        }
        String name = personName(club, v.personId(), v.name(), "personId", today(), scope);
        String phone = text(v.phone(), "phone", 20);
        if (phone != null && !phone.matches("\\+?[0-9 .]{6,20}")) {
            throw new InvalidInputException("homecare.phone.invalid", "phone", phone);
        }
        if (v.trainedOn() != null && v.trainedOn().isAfter(today())) {
            throw new InvalidInputException("homecare.date.future", "trainedOn", v.trainedOn());
        }
        String username = text(v.username(), "username", 100);
        if (username != null && jdbc.sql("select count(*) from homecare_volunteer where username = :u and ended_on is null")
                .param("u", username).query(Integer.class).single() > 0) {
            throw new InvalidInputException("homecare.volunteer.usernameTaken", "username", username);
        }
        UUID id = v.id() == null ? UUID.randomUUID() : v.id();
        jdbc.sql("""
                insert into homecare_volunteer (id, club_id, person_id, name, phone, trained_on, course, username,
                    created_by, updated_by)
                values (:id, :club, :person, :name, :phone, :trained, :course, :username, :actor, :actor)""")
                .param("id", id).param("club", clubId).param("person", v.personId()).param("name", name)
                .param("phone", phone).param("trained", v.trainedOn()).param("course", text(v.course(), "course", 300))
                .param("username", username).param("actor", actor).update();
        Volunteer saved = findVolunteer(id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", name);
        detail.put("member", saved.member());
        detail.put("trainedOn", saved.trainedOn() == null ? "" : saved.trainedOn().toString());
        detail.put("course", saved.course() == null ? "" : saved.course());
        publish(club, id, "homecare.volunteer.added", today(), actor, detail);
        return saved;
    }

    /** Ends a volunteer's work on a day; their open assignments end that day too. */
    public Volunteer endVolunteer(UUID volunteerId, LocalDate on, String actor, AreaScope scope) {
        Volunteer v = volunteer(volunteerId, scope);
        Club club = clubs.get(v.clubId(), scope);
        if (!v.active()) {
            return v;
        }
        LocalDate day = pastDay(on, "endedOn");
        jdbc.sql("update homecare_volunteer set ended_on = :d, version = version + 1, updated_at = now(), "
                        + "updated_by = :actor where id = :id")
                .param("d", day).param("actor", actor).param("id", volunteerId).update();
        jdbc.sql("update care_assignment set until_date = greatest(from_date, :d) where volunteer_id = :id "
                        + "and (until_date is null or until_date > :d)")
                .param("d", day).param("id", volunteerId).update();
        publish(club, volunteerId, "homecare.volunteer.ended", day, actor, Map.of("name", v.name(), "endedOn", day.toString()));
        return findVolunteer(volunteerId);
    }

    @Transactional(readOnly = true)
    public Volunteer volunteer(UUID id, AreaScope scope) {
        Volunteer v = findVolunteer(id);
        if (v == null) {
            throw new NotFoundException("homecare.volunteer.notFound", id);
        }
        clubs.get(v.clubId(), scope);
        return v;
    }

    /** The club's volunteers, active ones first, by name. */
    @Transactional(readOnly = true)
    public List<Volunteer> volunteersOf(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from homecare_volunteer where club_id = :c order by (ended_on is null) desc, name collate \"vi-x-icu\", id")
                .param("c", clubId).query(Rows.VOLUNTEER).list();
    }

    /** The active volunteer record of a sign-in account, if it has one in the caller's area. */
    @Transactional(readOnly = true)
    public java.util.Optional<Volunteer> volunteerOfUser(String username, AreaScope scope) {
        return jdbc.sql("select * from homecare_volunteer where username = :u and ended_on is null")
                .param("u", username).query(Rows.VOLUNTEER).optional()
                .filter(v -> {
                    try {
                        clubs.get(v.clubId(), scope);
                        return true;
                    } catch (vn.ishc.shared.OutOfScopeException e) {
                        return false;
                    }
                });
    }

    /** Takes a person into care from a day; sending the same id again returns the recipient already added. */
    public CareRecipient addRecipient(UUID clubId, NewRecipient r, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (r == null) {
            throw missing("name");
        }
        CareRecipient existing = r.id() == null ? null : findRecipient(r.id());
        if (existing != null && existing.clubId().equals(clubId)) {
            return existing;
        }
        if (r.from() == null) {
            throw missing("from");
        }
        if (r.from().isAfter(today())) {
            throw new InvalidInputException("homecare.date.future", "from", r.from());
        }
        if (r.from().isBefore(club.foundedOn())) {
            throw new InvalidInputException("homecare.date.beforeFounding", "from", r.from(), club.foundedOn());
        }
        Set<CareReason> reasons = Rows.copy(CareReason.class, r.reasons());
        if (reasons.isEmpty()) {
            throw missing("reasons");
        }
        String name = personName(club, r.personId(), r.name(), "personId", r.from(), scope);
        UUID id = r.id() == null ? UUID.randomUUID() : r.id();
        jdbc.sql("""
                insert into care_recipient (id, club_id, person_id, name, village, reasons, from_date, created_by, updated_by)
                values (:id, :club, :person, :name, :village, :reasons, :from, :actor, :actor)""")
                .param("id", id).param("club", clubId).param("person", r.personId()).param("name", name)
                .param("village", text(r.village(), "village", 200)).param("reasons", Rows.join(reasons))
                .param("from", r.from()).param("actor", actor).update();
        publish(club, id, "homecare.recipient.added", r.from(), actor, Map.of("name", name,
                "member", r.personId() != null, "reasons", Rows.join(reasons), "from", r.from().toString()));
        return findRecipient(id);
    }

    /** Ends a person's care on a day, with the reason; their assignments end that day too. */
    public CareRecipient endRecipient(UUID recipientId, LocalDate on, String reason, String actor, AreaScope scope) {
        CareRecipient r = recipient(recipientId, scope);
        Club club = clubs.get(r.clubId(), scope);
        if (!r.active()) {
            return r;
        }
        LocalDate day = pastDay(on, "endedOn");
        if (day.isBefore(r.from())) {
            throw new InvalidInputException("homecare.date.beforeStart", "endedOn", day, r.from());
        }
        String why = text(reason, "endReason", 500);
        if (why == null) {
            throw missing("endReason");
        }
        jdbc.sql("update care_recipient set ended_on = :d, end_reason = :r, version = version + 1, updated_at = now(), "
                        + "updated_by = :actor where id = :id")
                .param("d", day).param("r", why).param("actor", actor).param("id", recipientId).update();
        jdbc.sql("update care_assignment set until_date = :d where recipient_id = :id and (until_date is null or until_date > :d)")
                .param("d", day).param("id", recipientId).update();
        publish(club, recipientId, "homecare.recipient.ended", day, actor,
                Map.of("name", r.name(), "endedOn", day.toString(), "reason", why));
        return findRecipient(recipientId);
    }

    @Transactional(readOnly = true)
    public CareRecipient recipient(UUID id, AreaScope scope) {
        CareRecipient r = findRecipient(id);
        if (r == null) {
            throw new NotFoundException("homecare.recipient.notFound", id);
        }
        clubs.get(r.clubId(), scope);
        return r;
    }

    /** The club's recipients, those in care first, by name. */
    @Transactional(readOnly = true)
    public List<CareRecipient> recipientsOf(UUID clubId, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from care_recipient where club_id = :c order by (ended_on is null) desc, name collate \"vi-x-icu\", id")
                .param("c", clubId).query(Rows.RECIPIENT).list();
    }

    Volunteer findVolunteer(UUID id) {
        return jdbc.sql("select * from homecare_volunteer where id = :id").param("id", id).query(Rows.VOLUNTEER)
                .optional().orElse(null);
    }

    CareRecipient findRecipient(UUID id) {
        return jdbc.sql("select * from care_recipient where id = :id").param("id", id).query(Rows.RECIPIENT)
                .optional().orElse(null);
    }

    private String personName(Club club, UUID personId, String typed, String field, LocalDate on, AreaScope scope) {
        if (personId != null) {
            Person p = members.person(personId, scope).person();
            if (!members.isMember(club.id(), personId, on)) {
                throw new InvalidInputException("homecare.person.notMember", field, p.fullName(), on);
            }
            return p.fullName();
        }
        String name = text(typed, "name", 150);
        if (name == null) {
            throw missing("name");
        }
        return name;
    }

    private LocalDate pastDay(LocalDate on, String field) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new InvalidInputException("homecare.date.future", field, day);
        }
        return day;
    }

    void publish(Club club, UUID subject, String action, LocalDate on, String actor, Map<String, Object> detail) {
        int volunteers = jdbc.sql("select count(*) from homecare_volunteer where club_id = :c and ended_on is null")
                .param("c", club.id()).query(Integer.class).single();
        int recipients = jdbc.sql("select count(*) from care_recipient where club_id = :c and ended_on is null")
                .param("c", club.id()).query(Integer.class).single();
        events.publishEvent(new HomeCareChanged(subject, club.id(), club.communeId(), club.areaPaths(), action, on,
                volunteers, recipients, actor, detail));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
