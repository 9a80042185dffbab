package vn.ishc.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.clubs.Club;
import vn.ishc.members.Consents;

/**
 * Writes readings in batches within the caller's transaction: new ones inserted, changed ones updated
 * after their earlier version is copied to the history, and each published for reporting.
 */
@Component
class ReadingStore {

    static final RowMapper<Reading> READING = ReadingStore::map;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Consents consents;

    ReadingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ApplicationEventPublisher events, Consents consents) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.batch = batch;
        this.events = events;
    }

    /** The readings taken at one meeting, visit or campaign, by person. */
    Map<UUID, Reading> ofOrigin(ReadingOrigin origin, UUID originId) {
        Map<UUID, Reading> byPerson = new LinkedHashMap<>();
        jdbc.sql("select * from health_reading where origin = :o and origin_id = :id")
                .param("o", origin.name()).param("id", originId).query(READING).list()
                .forEach(r -> byPerson.put(r.personId(), r));
        return byPerson;
    }

    /** Each of these people's latest reading taken before the date, by person. */
    Map<UUID, Reading> latestBefore(Collection<UUID> people, LocalDate date) {
        Map<UUID, Reading> byPerson = new LinkedHashMap<>();
        if (!people.isEmpty()) {
            jdbc.sql("""
                            select distinct on (person_id) * from health_reading
                            where person_id = any(:p) and taken_on < :d
                            order by person_id, taken_on desc, recorded_at desc""")
                    .param("p", people.toArray(UUID[]::new)).param("d", date).query(READING).list()
                    .forEach(r -> byPerson.put(r.personId(), r));
        }
        return byPerson;
    }

    List<Reading> ofPerson(UUID personId) {
        return jdbc.sql("select * from health_reading where person_id = :p order by taken_on, recorded_at")
                .param("p", personId).query(READING).list();
    }

    /**
     * Makes the readings of an origin what was entered ({@code wanted}, one per person): adds new ones,
     * corrects changed ones (keeping the earlier version), withdraws those no longer entered. Returns the
     * readings as kept, by person.
     */
    Map<UUID, Reading> replace(ReadingOrigin origin, UUID originId, Club club, LocalDate takenOn,
                               Map<UUID, ReadingValues> wanted, String actor) {
        Map<UUID, Reading> before = ofOrigin(origin, originId);
        Map<UUID, Reading> kept = new LinkedHashMap<>();
        List<Reading> added = new ArrayList<>();
        List<Reading> changed = new ArrayList<>();
        wanted.forEach((personId, values) -> {
            ReadingValues v = values.normalised();
            Reading old = before.get(personId);
            if (old == null) {
                Reading r = new Reading(UUID.randomUUID(), personId, club.id(), takenOn, origin, originId, v, v.level(), 1);
                added.add(r);
                kept.put(personId, r);
            } else if (!same(old.values(), v) || !old.takenOn().equals(takenOn)) {
                Reading r = new Reading(old.id(), personId, old.clubId(), takenOn, origin, originId, v, v.level(),
                        old.version() + 1);
                changed.add(r);
                kept.put(personId, r);
            } else {
                kept.put(personId, old);
            }
        });
        List<Reading> withdrawn = before.values().stream().filter(r -> !wanted.containsKey(r.personId())).toList();
        insert(added, actor);
        update(changed, actor);
        withdraw(withdrawn, actor);
        added.forEach(r -> events.publishEvent(recorded(r, club, false)));
        changed.forEach(r -> events.publishEvent(recorded(r, club, true)));
        withdrawn.forEach(r -> events.publishEvent(new ReadingWithdrawn(r.id(), r.personId(), r.clubId(),
                club.communeId(), communePath(club), r.takenOn())));
        return kept;
    }

    /** The readings entered at one meeting, visit or campaign that has none recorded yet. */
    record Taken(UUID originId, LocalDate takenOn, Map<UUID, ReadingValues> values) {
    }

    /**
     * Adds the readings of many origins that have none yet (the meetings of a book keyed at once), in
     * one batch, each published as {@link #replace} publishes a new one. Returns the readings kept, by
     * person, for each origin in the order given.
     */
    List<Map<UUID, Reading>> addAll(ReadingOrigin origin, Club club, List<Taken> taken, String actor) {
        List<Reading> added = new ArrayList<>();
        List<Map<UUID, Reading>> kept = new ArrayList<>(taken.size());
        for (Taken t : taken) {
            Map<UUID, Reading> byPerson = new LinkedHashMap<>();
            t.values().forEach((personId, values) -> {
                ReadingValues v = values.normalised();
                Reading r = new Reading(UUID.randomUUID(), personId, club.id(), t.takenOn(), origin, t.originId(), v,
                        v.level(), 1);
                added.add(r);
                byPerson.put(personId, r);
            });
            kept.add(byPerson);
        }
        insert(added, actor);
        added.forEach(r -> events.publishEvent(recorded(r, club, false)));
        return kept;
    }

    /** Records one reading, or corrects the one of the same id or the same origin and person. */
    Reading save(Reading wanted, Club club, String actor) {
        Reading existing = jdbc.sql("select * from health_reading where id = :id or (origin = :o and origin_id = :oid "
                        + "and person_id = :p) limit 1")
                .param("id", wanted.id()).param("o", wanted.origin().name()).param("oid", wanted.originId())
                .param("p", wanted.personId()).query(READING).optional().orElse(null);
        if (existing == null) {
            insert(List.of(wanted), actor);
            events.publishEvent(recorded(wanted, club, false));
            return wanted;
        }
        if (same(existing.values(), wanted.values()) && existing.takenOn().equals(wanted.takenOn())) {
            return existing;
        }
        Reading r = new Reading(existing.id(), existing.personId(), existing.clubId(), wanted.takenOn(), existing.origin(),
                existing.originId(), wanted.values(), wanted.level(), existing.version() + 1);
        update(List.of(r), actor);
        events.publishEvent(recorded(r, club, true));
        return r;
    }

    private void insert(List<Reading> readings, String actor) {
        if (readings.isEmpty()) {
            return;
        }
        refuseWithoutConsent(readings);
        batch.batchUpdate("""
                insert into health_reading (id, person_id, club_id, taken_on, origin, origin_id, systolic, diastolic,
                                            pulse, weight_kg, level, referral_made, version, recorded_by)
                values (:id, :person, :club, :takenOn, :origin, :originId, :systolic, :diastolic, :pulse, :weight,
                        :level, :referral, :version, :actor)""", params(readings, actor));
    }

    /** New readings of people who withdrew their consent to health monitoring are refused, each named. */
    private void refuseWithoutConsent(List<Reading> readings) {
        List<Problem> problems = new ArrayList<>();
        readings.stream().collect(java.util.stream.Collectors.groupingBy(Reading::takenOn)).forEach((on, taken) ->
                consents.refusingHealthReadings(taken.stream().map(Reading::personId).toList(), on).values()
                        .forEach(name -> problems.add(new Problem("rows", "meetings.reading.consentWithdrawn", name))));
        if (!problems.isEmpty()) {
            throw new RefusedEntry(problems);
        }
    }

    private void update(List<Reading> readings, String actor) {
        if (readings.isEmpty()) {
            return;
        }
        keepHistory(readings, actor, false);
        batch.batchUpdate("""
                update health_reading set taken_on = :takenOn, systolic = :systolic, diastolic = :diastolic,
                    pulse = :pulse, weight_kg = :weight, level = :level, referral_made = :referral,
                    version = :version, recorded_at = now(), recorded_by = :actor
                where id = :id""", params(readings, actor));
    }

    private void withdraw(List<Reading> readings, String actor) {
        if (readings.isEmpty()) {
            return;
        }
        keepHistory(readings, actor, true);
        jdbc.sql("delete from health_reading where id = any(cast(:ids as uuid[]))")
                .param("ids", ids(readings)).update();
    }

    private void keepHistory(Collection<Reading> readings, String actor, boolean withdrawn) {
        jdbc.sql("""
                insert into health_reading_history (reading_id, person_id, club_id, taken_on, origin, origin_id,
                    systolic, diastolic, pulse, weight_kg, level, referral_made, version, recorded_at, recorded_by,
                    replaced_by, withdrawn)
                select id, person_id, club_id, taken_on, origin, origin_id, systolic, diastolic, pulse, weight_kg,
                       level, referral_made, version, recorded_at, recorded_by, :actor, :withdrawn
                from health_reading where id = any(cast(:ids as uuid[]))""")
                .param("ids", ids(readings)).param("actor", actor).param("withdrawn", withdrawn).update();
    }

    private static String[] ids(Collection<Reading> readings) {
        return readings.stream().map(r -> r.id().toString()).toArray(String[]::new);
    }

    private static SqlParameterSource[] params(List<Reading> readings, String actor) {
        return readings.stream().map(r -> new MapSqlParameterSource()
                .addValue("id", r.id()).addValue("person", r.personId()).addValue("club", r.clubId())
                .addValue("takenOn", r.takenOn()).addValue("origin", r.origin().name()).addValue("originId", r.originId())
                .addValue("systolic", r.values().systolic()).addValue("diastolic", r.values().diastolic())
                .addValue("pulse", r.values().pulse()).addValue("weight", r.values().weightKg())
                .addValue("level", r.level() == null ? null : r.level().name())
                .addValue("referral", r.values().referralMade()).addValue("version", r.version())
                .addValue("actor", actor)).toArray(SqlParameterSource[]::new);
    }

    private static boolean same(ReadingValues a, ReadingValues b) {
        return Objects.equals(a.systolic(), b.systolic()) && Objects.equals(a.diastolic(), b.diastolic())
                && Objects.equals(a.pulse(), b.pulse()) && Objects.equals(a.referralMade(), b.referralMade())
                && (a.weightKg() == null ? b.weightKg() == null : b.weightKg() != null && a.weightKg().compareTo(b.weightKg()) == 0);
    }

    static String communePath(Club club) {
        return club.areaPaths().isEmpty() ? "" : club.areaPaths().get(0);
    }

    private static ReadingRecorded recorded(Reading r, Club club, boolean correction) {
        ReadingValues v = r.values();
        return new ReadingRecorded(r.id(), r.personId(), r.clubId(), club.communeId(), communePath(club), r.takenOn(),
                r.origin(), r.originId(), correction, v.systolic(), v.diastolic(), v.pulse(), v.weightKg(), r.level(),
                v.referralMade());
    }

    private static Reading map(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("level");
        ReadingValues values = new ReadingValues((Integer) rs.getObject("systolic"), (Integer) rs.getObject("diastolic"),
                (Integer) rs.getObject("pulse"), rs.getBigDecimal("weight_kg"), (Boolean) rs.getObject("referral_made"));
        return new Reading(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("club_id", UUID.class), rs.getObject("taken_on", LocalDate.class),
                ReadingOrigin.valueOf(rs.getString("origin")), rs.getObject("origin_id", UUID.class), values,
                level == null ? null : PressureLevel.valueOf(level), rs.getInt("version"));
    }
}
