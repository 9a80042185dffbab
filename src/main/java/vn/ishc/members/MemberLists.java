package vn.ishc.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.PersonalDataCipher;

/**
 * Many members of one club at once, as a list brought from a spreadsheet: enrolling new people and
 * updating the details of current members, in batches, within the caller's transaction, so that a
 * whole list is saved or none of it.
 */
@Service
@Transactional
public class MemberLists {

    /** Rows written per database round trip. */
    static final int BATCH = 500;

    private final Members members;
    private final Clubs clubs;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;

    MemberLists(Members members, Clubs clubs, JdbcClient jdbc, NamedParameterJdbcTemplate batch,
                ApplicationEventPublisher events, PersonalDataCipher cipher) {
        this.members = members;
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.cipher = cipher;
    }

    /**
     * Enrols new people in the club, reporting after each batch how many are saved. Any refusal (a
     * detail that breaks a rule, a citizen ID already used) stops the whole list.
     */
    public int enrolAll(UUID clubId, List<NewMember> people, String actor, AreaScope scope, IntConsumer progress) {
        Club club = clubs.get(clubId, scope);
        LocalDate today = members.today();
        int done = 0;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<NewMember> chunk = people.subList(from, Math.min(from + BATCH, people.size()));
            List<SqlParameterSource> persons = new ArrayList<>();
            List<SqlParameterSource> memberships = new ArrayList<>();
            for (NewMember n : chunk) {
                UUID id = n.personId() == null ? UUID.randomUUID() : n.personId();
                Person p = members.validate(id, n.details(), club.communeId());
                LocalDate joined = Members.requireValue(n.joinedOn(), "joinedOn");
                if (joined.isBefore(club.foundedOn()) || joined.isAfter(today)) {
                    throw new InvalidInputException("members.joinedOn.outside", "joinedOn", joined, club.foundedOn());
                }
                persons.add(new MapSqlParameterSource(members.personParams(p)).addValue("actor", actor));
                memberships.add(new MapSqlParameterSource().addValue("id", UUID.randomUUID()).addValue("p", id)
                        .addValue("c", clubId).addValue("d", joined));
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("fullName", p.fullName());
                detail.put("birthYear", p.birthYear());
                detail.put("club", clubId.toString());
                detail.put("joinedOn", joined.toString());
                events.publishEvent(new MemberChanged(id, clubId, "person.enrolled", actor, detail));
            }
            batch.batchUpdate("""
                    insert into person (id, full_name, name_key, sex, birth_date, birth_year, ethnicity, household,
                                        household_year, hi_card_number, hi_card_expiry, disability, lives_alone, phone,
                                        citizen_id_sealed, citizen_id_index, village_id, commune_id, created_by, updated_by)
                    values (:id, :name, :key, :sex, :birthDate, :birthYear, :ethnicity, :household, :householdYear,
                            :hiCard, :hiExpiry, :disability, :livesAlone, :phone, :citizenSealed, :citizenIndex,
                            :village, :commune,
                            :actor, :actor)""", persons.toArray(SqlParameterSource[]::new));
            batch.batchUpdate("insert into membership (id, person_id, club_id, joined_on) values (:id, :p, :c, :d)",
                    memberships.toArray(SqlParameterSource[]::new));
            done += chunk.size();
            progress.accept(done);
        }
        return done;
    }

    /**
     * Updates the details of current members of the club, each against the version that was read;
     * reports progress every batch. Returns how many people changed.
     */
    public int updateAll(UUID clubId, List<PersonUpdate> updates, String actor, AreaScope scope, IntConsumer progress) {
        clubs.get(clubId, scope);
        Map<UUID, Person> current = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.* from person p join membership m on m.person_id = p.id
                        where m.club_id = :c and m.left_on is null""")
                .param("c", clubId).query(members.personRows()).list().forEach(p -> current.put(p.id(), p));
        int changed = 0;
        int done = 0;
        for (PersonUpdate u : updates) {
            Person before = current.get(u.personId());
            if (before == null) {
                throw new InvalidInputException("members.person.notFound", null, u.personId());
            }
            if (members.applyUpdate(before, u.details(), u.version(), actor) != before) {
                changed++;
            }
            if (++done % BATCH == 0 || done == updates.size()) {
                progress.accept(done);
            }
        }
        return changed;
    }

    /**
     * Which of these citizen IDs some person already has, anywhere: found by their blind indexes, and
     * answered as they are stored, without the spaces they may have been typed with.
     */
    @Transactional(readOnly = true)
    public Set<String> citizenIdsInUse(Collection<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byIndex = new HashMap<>();
        citizenIds.forEach(id -> byIndex.put(cipher.index(id), id.replaceAll("[\\s.]", "")));
        Set<String> inUse = new HashSet<>();
        List<String> indexes = List.copyOf(byIndex.keySet());
        for (int from = 0; from < indexes.size(); from += BATCH * 10) {
            jdbc.sql("select citizen_id_index from person where citizen_id_index in (:ids)")
                    .param("ids", indexes.subList(from, Math.min(from + BATCH * 10, indexes.size())))
                    .query(String.class).list().forEach(index -> inUse.add(byIndex.get(index)));
        }
        return inUse;
    }
}
