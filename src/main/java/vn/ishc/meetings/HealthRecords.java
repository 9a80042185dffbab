package vn.ishc.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.PeopleMerged;
import vn.ishc.shared.VietnameseText;

/**
 * People's health records: readings taken outside meetings (home visits, check-up campaigns), height
 * and hypertension, check-ups and referrals. A person's record is seen by whoever may see the person.
 */
@Service
@Transactional
public class HealthRecords {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Members members;
    private final ReadingStore readings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthRecords(JdbcClient jdbc, Clubs clubs, Members members, ReadingStore readings,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.members = members;
        this.readings = readings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a reading taken on a home visit or in a campaign, under a club in the caller's area; sending
     * the same reading (same id, or same origin, origin id and person) again corrects it. Meetings record
     * their readings with the meeting.
     */
    public Reading record(NewReading reading, String actor, AreaScope scope) {
        Club club = clubs.get(require(reading.clubId(), "clubId"), scope);
        members.person(require(reading.personId(), "personId"), scope);
        ReadingOrigin origin = require(reading.origin(), "origin");
        if (origin == ReadingOrigin.MEETING) {
            throw new InvalidInputException("health.origin.meeting", "origin");
        }
        LocalDate takenOn = require(reading.takenOn(), "takenOn");
        if (takenOn.isAfter(today())) {
            throw new InvalidInputException("health.takenOn.future", "takenOn", takenOn);
        }
        ReadingValues values = require(reading.values(), "values");
        if (values.isEmpty()) {
            throw new InvalidInputException("health.reading.empty", "values");
        }
        List<Problem> problems = values.problems("", nameOf(reading.personId(), scope));
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
        ReadingValues v = values.normalised();
        Reading saved = readings.save(new Reading(reading.id() == null ? UUID.randomUUID() : reading.id(),
                reading.personId(), club.id(), takenOn, origin, reading.originId(), v, v.level(), 1), club, actor);
        events.publishEvent(new HealthChanged(saved.personId(), "health.reading", actor,
                Map.of("origin", origin.name(), "takenOn", takenOn.toString(), "version", saved.version())));
        return saved;
    }

    /** A person's health record, if the person is in the caller's area. */
    @Transactional(readOnly = true)
    public HealthRecord of(UUID personId, AreaScope scope) {
        members.person(personId, scope);
        HealthProfile profile = jdbc.sql("select height_cm, hypertension from health_profile where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> new HealthProfile((Integer) rs.getObject("height_cm"),
                        rs.getString("hypertension") == null ? null : Hypertension.valueOf(rs.getString("hypertension"))))
                .optional().orElse(HealthProfile.none());
        List<Checkup> checkups = jdbc.sql("select id, person_id, checked_on, place, result from health_checkup "
                        + "where person_id = :p order by checked_on desc").param("p", personId).query(Checkup.class).list();
        List<Referral> referrals = jdbc.sql("select id, person_id, referred_on, destination, reason, reading_id, outcome, "
                        + "outcome_on from health_referral where person_id = :p order by referred_on desc")
                .param("p", personId).query(Referral.class).list();
        return new HealthRecord(readings.ofPerson(personId), profile, checkups, referrals);
    }

    /** Records the person's height (once; a later entry corrects it) and hypertension. */
    public HealthProfile setProfile(UUID personId, Integer heightCm, Hypertension hypertension, String actor,
                                    AreaScope scope) {
        members.person(personId, scope);
        if (heightCm != null && (heightCm < HealthProfile.HEIGHT_MIN || heightCm > HealthProfile.HEIGHT_MAX)) {
            throw new InvalidInputException("health.heightCm.range", "heightCm", heightCm, HealthProfile.HEIGHT_MIN,
                    HealthProfile.HEIGHT_MAX);
        }
        jdbc.sql("""
                insert into health_profile (person_id, height_cm, hypertension, updated_by) values (:p, :h, :ht, :actor)
                on conflict (person_id) do update set height_cm = excluded.height_cm,
                    hypertension = excluded.hypertension, updated_at = now(), updated_by = excluded.updated_by""")
                .param("p", personId).param("h", heightCm).param("ht", hypertension == null ? null : hypertension.name())
                .param("actor", actor).update();
        events.publishEvent(new HealthChanged(personId, "health.profile", actor, Map.of()));
        return new HealthProfile(heightCm, hypertension);
    }

    public Checkup addCheckup(UUID personId, LocalDate checkedOn, String place, String result, String actor,
                              AreaScope scope) {
        members.person(personId, scope);
        LocalDate on = pastDate(checkedOn, "checkedOn");
        Checkup c = new Checkup(UUID.randomUUID(), personId, on, text(place, "place", 200, true),
                text(result, "result", 1000, false));
        jdbc.sql("insert into health_checkup (id, person_id, checked_on, place, result, recorded_by) "
                        + "values (:id, :p, :on, :place, :result, :actor)")
                .param("id", c.id()).param("p", personId).param("on", on).param("place", c.place())
                .param("result", c.result()).param("actor", actor).update();
        events.publishEvent(new HealthChanged(personId, "health.checkup", actor, Map.of("checkedOn", on.toString())));
        return c;
    }

    public Referral addReferral(UUID personId, LocalDate referredOn, ReferralDestination destination, String reason,
                                UUID readingId, String outcome, String actor, AreaScope scope) {
        members.person(personId, scope);
        LocalDate on = pastDate(referredOn, "referredOn");
        String out = text(outcome, "outcome", 1000, false);
        Referral r = new Referral(UUID.randomUUID(), personId, on, require(destination, "destination"),
                text(reason, "reason", 1000, false), readingId, out, out == null ? null : today());
        jdbc.sql("insert into health_referral (id, person_id, referred_on, destination, reason, reading_id, outcome, "
                        + "outcome_on, recorded_by) values (:id, :p, :on, :d, :reason, :reading, :outcome, :outcomeOn, :actor)")
                .param("id", r.id()).param("p", personId).param("on", on).param("d", r.destination().name())
                .param("reason", r.reason()).param("reading", readingId).param("outcome", out)
                .param("outcomeOn", r.outcomeOn()).param("actor", actor).update();
        events.publishEvent(new HealthChanged(personId, "health.referral", actor,
                Map.of("referredOn", on.toString(), "destination", r.destination().name())));
        return r;
    }

    /** Records what came of a referral. */
    public void recordOutcome(UUID referralId, String outcome, String actor, AreaScope scope) {
        UUID personId = jdbc.sql("select person_id from health_referral where id = :id").param("id", referralId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("health.referral.notFound", referralId));
        members.person(personId, scope);
        String out = text(outcome, "outcome", 1000, true);
        jdbc.sql("update health_referral set outcome = :o, outcome_on = :on where id = :id")
                .param("o", out).param("on", today()).param("id", referralId).update();
        events.publishEvent(new HealthChanged(personId, "health.referralOutcome", actor, Map.of("referral", referralId.toString())));
    }

    /** An anonymised person's check-up results and referral reasons, written about them, are cleared. */
    @org.springframework.context.event.EventListener
    void on(vn.ishc.shared.PersonAnonymised event) {
        jdbc.sql("update health_checkup set result = null where person_id = :p").param("p", event.personId()).update();
        jdbc.sql("update health_referral set reason = null, outcome = null where person_id = :p")
                .param("p", event.personId()).update();
    }

    /** Two records of one person merged: the health record follows the person kept. */
    @org.springframework.context.event.EventListener
    void on(PeopleMerged event) {
        for (String table : List.of("health_reading", "health_reading_history", "health_checkup", "health_referral")) {
            jdbc.sql("update " + table + " set person_id = :k where person_id = :d")
                    .param("k", event.kept()).param("d", event.removed()).update();
        }
        jdbc.sql("delete from health_profile d where person_id = :d and exists (select 1 from health_profile k "
                        + "where k.person_id = :k)").param("k", event.kept()).param("d", event.removed()).update();
        jdbc.sql("update health_profile set person_id = :k where person_id = :d")
                .param("k", event.kept()).param("d", event.removed()).update();
        jdbc.sql("update attendance set person_id = :k where person_id = :d")
                .param("k", event.kept()).param("d", event.removed()).update();
    }

    /** The person's name for a refusal, where the caller may see them; else their id. */
    private String nameOf(UUID personId, AreaScope scope) {
        try {
            return members.person(personId, scope).person().fullName();
        } catch (NotFoundException | vn.ishc.shared.OutOfScopeException e) {
            return personId.toString();
        }
    }

    private LocalDate pastDate(LocalDate date, String field) {
        require(date, field);
        if (date.isAfter(today())) {
            throw new InvalidInputException("health.date.future", field, date);
        }
        return date;
    }

    private static String text(String value, String field, int max, boolean required) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            if (required) {
                require(null, field);
            }
            return null;
        }
        if (clean.length() > max) {
            throw new InvalidInputException("meetings.text.tooLong", field,
                    new org.springframework.context.support.DefaultMessageSourceResolvable("field." + field), max);
        }
        return clean;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw InvalidInputException.missing("health.field.missing", field);
        }
        return value;
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
