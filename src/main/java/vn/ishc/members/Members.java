package vn.ishc.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubMembership;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;
import vn.ishc.shared.PeopleMerged;
import vn.ishc.shared.PersonalDataCipher;
import vn.ishc.shared.VietnameseText;

/**
 * Enrolling people in clubs, their details and memberships, leaving and transfers, likely duplicates,
 * and the 1336 standard check. Everything goes through the club, whose area decides who may see it.
 */
@Service
@Transactional
public class Members implements ClubMembership {

    static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    static final Pattern PHONE = Pattern.compile("\\+?\\d{9,12}");
    static final Pattern HI_CARD = Pattern.compile("[A-Z]{2}\\d{13}|\\d{10}");

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final RowMapper<Person> personRows;

    Members(JdbcClient jdbc, Clubs clubs, ApplicationEventPublisher events, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.events = events;
        this.clock = clock;
        this.cipher = cipher;
        this.personRows = (rs, n) -> person(rs, cipher);
    }

    /**
     * Adds a new person to a club from a date. A client may supply the person's id: sending the same
     * person again returns them instead of adding a second one.
     */
    public MemberRow enrol(UUID personId, PersonDetails details, UUID clubId, LocalDate joinedOn, String actor,
                           AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        UUID id = personId == null ? UUID.randomUUID() : personId;
        Optional<Person> existing = find(id);
        if (existing.isPresent()) {
            return membershipOf(id, clubId).orElseGet(() -> join(existing.get(), club, joinedOn, actor));
        }
        Person person = validate(id, requireValue(details, "person"), club.communeId());
        try {
            jdbc.sql("""
                    insert into person (id, full_name, name_key, sex, birth_date, birth_year, ethnicity, household,
                                        household_year, hi_card_number, hi_card_expiry, disability, lives_alone, phone,
                                        citizen_id_sealed, citizen_id_index, village_id, commune_id, created_by, updated_by)
                    values (:id, :name, :key, :sex, :birthDate, :birthYear, :ethnicity, :household, :householdYear,
                            :hiCard, :hiExpiry, :disability, :livesAlone, :phone, :citizenSealed, :citizenIndex,
                            :village, :commune,
                            :actor, :actor)""")
                    .params(personParams(person)).param("actor", actor).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("members.citizenId.taken", "citizenId", person.citizenId());
        }
        events.publishEvent(new MemberChanged(id, clubId, "person.created", actor, Map.of("fullName", person.fullName(),
                "birthYear", person.birthYear(), "club", clubId.toString())));
        return join(person, club, joinedOn, actor);
    }

    /** Adds a person already known (e.g. from another club) to a club. */
    public MemberRow addExisting(UUID personId, UUID clubId, LocalDate joinedOn, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        Person person = find(personId).orElseThrow(() -> new NotFoundException("members.person.notFound", personId));
        return membershipOf(personId, clubId).orElseGet(() -> join(person, club, joinedOn, actor));
    }

    /** Ends a membership on a date for a reason. */
    public void leave(UUID membershipId, LocalDate on, LeavingReason reason, String actor, AreaScope scope) {
        MembershipRecord m = membership(membershipId, scope);
        requireValue(reason, "reason");
        requireValue(on, "leftOn");
        if (m.leftOn() != null) {
            throw new InvalidInputException("members.membership.alreadyEnded", "leftOn", m.leftOn());
        }
        if (on.isBefore(m.joinedOn()) || on.isAfter(today())) {
            throw new InvalidInputException("members.membership.leaveDate", "leftOn", on, m.joinedOn());
        }
        jdbc.sql("update membership set left_on = :on, left_reason = :r, version = version + 1 where id = :id")
                .param("on", on).param("r", reason.name()).param("id", membershipId).update();
        events.publishEvent(new MemberChanged(m.personId(), m.clubId(), "membership.ended", actor,
                Map.of("club", m.clubId().toString(), "leftOn", on.toString(), "reason", reason.name())));
    }

    /** Ends a membership and starts one in another club on the same date, keeping the person. */
    public MemberRow transfer(UUID membershipId, UUID toClubId, LocalDate on, String actor, AreaScope scope) {
        MembershipRecord m = membership(membershipId, scope);
        Club target = clubs.get(toClubId, scope);
        if (target.id().equals(m.clubId())) {
            throw new InvalidInputException("members.transfer.sameClub", "clubId");
        }
        leave(membershipId, on, LeavingReason.TRANSFERRED, actor, scope);
        return join(find(m.personId()).orElseThrow(), target, on, actor);
    }

    /** The members of a club on a date (joined on or before it, not yet left), by name. */
    @Transactional(readOnly = true)
    public List<MemberRow> membersOf(UUID clubId, LocalDate date, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("""
                        select p.*, m.id as membership_id, m.joined_on, m.left_on, m.left_reason
                        from membership m join person p on p.id = m.person_id
                        where m.club_id = :club and m.joined_on <= :d and (m.left_on is null or m.left_on > :d)
                        order by p.full_name collate \"vi-x-icu\", p.id""")
                .param("club", clubId).param("d", date)
                .query((rs, n) -> row(rs, date)).list();
    }

    /** A person with every membership they have had, if one of their clubs is in the scope. */
    @Transactional(readOnly = true)
    public PersonHistory person(UUID personId, AreaScope scope) {
        Person person = find(personId).orElseThrow(() -> new NotFoundException("members.person.notFound", personId));
        List<MembershipRecord> memberships = jdbc.sql("select * from membership where person_id = :p order by joined_on")
                .param("p", personId).query(MembershipRecord.class).list();
        List<PersonHistory.Entry> entries = new ArrayList<>();
        for (MembershipRecord m : memberships) {
            try {
                entries.add(new PersonHistory.Entry(m, clubs.get(m.clubId(), scope)));
            } catch (OutOfScopeException e) {
                entries.add(new PersonHistory.Entry(m, null));
            }
        }
        if (entries.stream().allMatch(e -> e.club() == null)) {
            throw new OutOfScopeException("person " + personId);
        }
        return new PersonHistory(person, entries);
    }

    /** Other people of the same commune with the same name (ignoring diacritics) and birth year. */
    @Transactional(readOnly = true)
    public List<Person> likelyDuplicates(UUID personId, AreaScope scope) {
        Person p = person(personId, scope).person();
        return jdbc.sql("select * from person where commune_id = :c and name_key = :k and birth_year = :y and id <> :id "
                        + "and not exists (select 1 from person_distinct x where (x.person_a = :id and x.person_b = person.id) "
                        + "or (x.person_b = :id and x.person_a = person.id))")
                .param("c", p.communeId()).param("k", VietnameseText.searchKey(p.fullName()))
                .param("y", p.birthYear()).param("id", p.id()).query(personRows).list();
    }

    /**
     * For each person looked for, in order, the current members of clubs other than {@code exceptClubId} with the
     * same name (without tone marks or case) and birth year: named with their club where the club is in the scope,
     * else only counted. One query for the whole list, however long.
     */
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> likelyDuplicates(List<NameAndYear> people, UUID exceptClubId, AreaScope scope) {
        List<String> keys = people.stream().map(p -> VietnameseText.searchKey(p.fullName()) + "|" + p.birthYear())
                .toList();
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        record Found(String key, UUID personId, String fullName, String birth, UUID clubId) {
        }
        LocalDate today = BusinessCalendar.today(clock);
        List<Found> found = jdbc.sql("""
                        select k.name_key, k.birth_year, p.id, p.full_name, p.birth_date, m.club_id
                        from unnest(cast(:keys as text[]), cast(:years as integer[])) as k(name_key, birth_year)
                        join person p on p.name_key = k.name_key and p.birth_year = k.birth_year
                        join membership m on m.person_id = p.id
                        where m.club_id <> :except and m.joined_on <= :d and (m.left_on is null or m.left_on > :d)
                        order by p.full_name collate "vi-x-icu", p.id, m.club_id""")
                .param("keys", distinct.stream().map(k -> k.substring(0, k.lastIndexOf('|'))).toArray(String[]::new))
                .param("years", distinct.stream().map(k -> Integer.valueOf(k.substring(k.lastIndexOf('|') + 1)))
                        .toArray(Integer[]::new))
                .param("except", exceptClubId).param("d", today)
                .query((rs, n) -> {
                    LocalDate born = rs.getObject("birth_date", LocalDate.class);
                    return new Found(rs.getString("name_key") + "|" + rs.getInt("birth_year"),
                            rs.getObject("id", UUID.class), rs.getString("full_name"),
                            born != null ? born.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                    : String.valueOf(rs.getInt("birth_year")),
                            rs.getObject("club_id", UUID.class));
                }).list();
        Map<UUID, Optional<Club>> seen = new java.util.HashMap<>();
        Map<String, List<LikelyDuplicate.Match>> inScope = new java.util.HashMap<>();
        Map<String, Map<UUID, Boolean>> shown = new java.util.HashMap<>();
        for (Found f : found) {
            Optional<Club> club = seen.computeIfAbsent(f.clubId(), id -> visibleClub(id, scope));
            Map<UUID, Boolean> persons = shown.computeIfAbsent(f.key(), k -> new LinkedHashMap<>());
            if (club.isPresent()) {
                persons.put(f.personId(), true);
                inScope.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(new LikelyDuplicate.Match(f.personId(),
                        f.fullName(), f.birth(), f.clubId(), club.get().name()));
            } else {
                persons.putIfAbsent(f.personId(), false);
            }
        }
        Map<String, LikelyDuplicate> byKey = new java.util.HashMap<>();
        shown.forEach((key, persons) -> byKey.put(key, new LikelyDuplicate(List.copyOf(inScope.getOrDefault(key,
                List.of())), (int) persons.values().stream().filter(visible -> !visible).count())));
        return keys.stream().map(k -> byKey.getOrDefault(k, LikelyDuplicate.NONE)).toList();
    }

    private Optional<Club> visibleClub(UUID clubId, AreaScope scope) {
        Club club = clubs.get(clubId, AreaScope.nation());
        return clubs.isVisible(club, scope) ? Optional.of(club) : Optional.empty();
    }

    /** Records that two people who look alike are different, so they are no longer shown as likely duplicates. */
    public void confirmDistinct(UUID personId, UUID otherId, String actor, AreaScope scope) {
        person(personId, scope);
        if (personId.equals(otherId)) {
            throw new InvalidInputException("members.distinct.same", "otherId");
        }
        person(otherId, scope);
        // PostgreSQL orders uuids as unsigned bytes, as their text does; UUID.compareTo is signed.
        UUID a = personId.toString().compareTo(otherId.toString()) < 0 ? personId : otherId;
        UUID b = a.equals(personId) ? otherId : personId;
        jdbc.sql("insert into person_distinct (person_a, person_b, confirmed_by) values (:a, :b, :actor) on conflict do nothing")
                .param("a", a).param("b", b).param("actor", actor).update();
        events.publishEvent(new MemberChanged(personId, "person.confirmedDistinct", actor, Map.of("other", otherId.toString())));
    }

    /**
     * Merges a duplicate record into the person kept: the duplicate's memberships (and, through the event,
     * board seats and groups) move to the person kept, and the duplicate is removed. Refused when both
     * were members of the same club at the same time.
     */
    public void merge(UUID keptId, UUID duplicateId, String actor, AreaScope scope) {
        if (keptId.equals(duplicateId)) {
            throw new InvalidInputException("members.merge.same", "duplicateId");
        }
        Person kept = person(keptId, scope).person();
        Person duplicate = person(duplicateId, scope).person();
        boolean overlap = jdbc.sql("select count(*) from membership a join membership b on a.club_id = b.club_id "
                        + "where a.person_id = :k and b.person_id = :d "
                        + "and a.joined_on < coalesce(b.left_on, 'infinity') and b.joined_on < coalesce(a.left_on, 'infinity')")
                .param("k", keptId).param("d", duplicateId).query(Long.class).single() > 0;
        if (overlap) {
            throw new InvalidInputException("members.merge.overlap", "duplicateId", duplicate.fullName());
        }
        jdbc.sql("update membership set person_id = :k where person_id = :d").param("k", keptId).param("d", duplicateId).update();
        events.publishEvent(new PeopleMerged(keptId, duplicateId));
        jdbc.sql("delete from person_distinct where person_a = :d or person_b = :d").param("d", duplicateId).update();
        jdbc.sql("delete from person where id = :d").param("d", duplicateId).update();
        events.publishEvent(new MemberChanged(keptId, "person.merged", actor, Map.of("removed", duplicateId.toString(),
                "removedName", duplicate.fullName(), "keptName", kept.fullName())));
    }

    /** The club against the 1336 standard on a date. */
    @Transactional(readOnly = true)
    public StandardCheck standard(UUID clubId, LocalDate date, AreaScope scope) {
        List<MemberRow> members = membersOf(clubId, date, scope);
        long n = members.size();
        long women = members.stream().filter(m -> m.person().sex() == Person.Sex.F).count();
        long sixty = members.stream().filter(m -> m.age() >= 60).count();
        long fiftyFive = members.stream().filter(m -> m.age() >= 55).count();
        long poor = members.stream().filter(m -> m.person().household() != Household.OTHER).count();
        return new StandardCheck(date, List.of(
                new StandardCheck.Figure("size", n, n, 50, 70, n >= 50 && n <= 70),
                share("women", women, n, 60, 70),
                share("aged60", sixty, n, 60, 70),
                new StandardCheck.Figure("aged55", fiftyFive, n, null, null, null),
                new StandardCheck.Figure("poorOrNearPoor", poor, n, null, null, null)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(UUID clubId, UUID personId, LocalDate date) {
        return jdbc.sql("select count(*) from membership where club_id = :c and person_id = :p and joined_on <= :d "
                        + "and (left_on is null or left_on > :d)")
                .param("c", clubId).param("p", personId).param("d", date).query(Long.class).single() > 0;
    }

    @Override
    public LocalDate firstJoining(UUID clubId) {
        return jdbc.sql("select min(joined_on) from membership where club_id = :c").param("c", clubId)
                .query(LocalDate.class).optional().orElse(null);
    }

    private static StandardCheck.Figure share(String key, long part, long whole, int low, int high) {
        boolean meets = whole > 0 && part * 100 >= (long) low * whole && part * 100 <= (long) high * whole;
        return new StandardCheck.Figure(key, part, whole, low, high, meets);
    }

    private MemberRow join(Person person, Club club, LocalDate joinedOn, String actor) {
        requireValue(joinedOn, "joinedOn");
        if (joinedOn.isBefore(club.foundedOn()) || joinedOn.isAfter(today())) {
            throw new InvalidInputException("members.joinedOn.outside", "joinedOn", joinedOn, club.foundedOn());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into membership (id, person_id, club_id, joined_on) values (:id, :p, :c, :d)")
                .param("id", id).param("p", person.id()).param("c", club.id()).param("d", joinedOn).update();
        events.publishEvent(new MemberChanged(person.id(), club.id(), "membership.started", actor,
                Map.of("club", club.id().toString(), "joinedOn", joinedOn.toString())));
        return new MemberRow(id, person, joinedOn, null, null, person.ageOn(today()));
    }

    private Optional<MemberRow> membershipOf(UUID personId, UUID clubId) {
        return jdbc.sql("""
                        select p.*, m.id as membership_id, m.joined_on, m.left_on, m.left_reason
                        from membership m join person p on p.id = m.person_id
                        where m.person_id = :p and m.club_id = :c and m.left_on is null""")
                .param("p", personId).param("c", clubId).query((rs, n) -> row(rs, today())).optional();
    }

    private MembershipRecord membership(UUID id, AreaScope scope) {
        MembershipRecord m = jdbc.sql("select * from membership where id = :id").param("id", id)
                .query(MembershipRecord.class).optional()
                .orElseThrow(() -> new NotFoundException("members.membership.notFound", id));
        clubs.get(m.clubId(), scope);
        return m;
    }

    private Optional<Person> find(UUID id) {
        return jdbc.sql("select * from person where id = :id").param("id", id).query(personRows).optional();
    }

    /**
     * Changes what is recorded about a person to what was entered, if they are in the scope, and
     * returns them as saved. Nothing is written, and no event published, when nothing differs.
     */
    public Person updateDetails(UUID personId, PersonDetails details, String actor, AreaScope scope) {
        Person before = person(personId, scope).person();
        refuseIfAnonymised(personId);
        return applyUpdate(before, details, before.version(), actor);
    }

    /**
     * Corrects a person's details as read at {@code expectedVersion}: refused, naming them, when someone
     * else saved a change in between, so neither edit silently overwrites the other.
     */
    public Person updateDetails(UUID personId, PersonDetails details, int expectedVersion, String actor,
                                AreaScope scope) {
        Person before = person(personId, scope).person();
        refuseIfAnonymised(personId);
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("members.person.changedMeanwhile", null, before.fullName());
        }
        return applyUpdate(before, requireValue(details, "person"), expectedVersion, actor);
    }

    /**
     * Checks and normalises what was entered about a person without saving anything, as a preview of
     * enrolling them in a club of that commune would.
     */
    // A refusal here is an answer, not a failure: it must not doom the caller's transaction.
    @Transactional(propagation = Propagation.SUPPORTS, noRollbackFor = InvalidInputException.class)
    public Person check(PersonDetails details, long communeId) {
        return validate(null, details, communeId);
    }

    /**
     * An anonymised person's details are never changed again (a name or number written back would undo the
     * anonymisation); their memberships and what the figures count from them stay as they are.
     */
    private void refuseIfAnonymised(UUID personId) {
        if (jdbc.sql("select anonymised_on is not null from person where id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false)) {
            throw new InvalidInputException("members.person.anonymised", null);
        }
    }

    /** Writes the entered details over the person's if they differ, refusing if the person changed since read. */
    Person applyUpdate(Person before, PersonDetails details, int expectedVersion, String actor) {
        // A reader who sees the number masked sends the mask back unchanged: the number stays as it is.
        PersonDetails kept = CitizenIds.isMaskOf(details.citizenId(), before.citizenId())
                ? details.withCitizenId(before.citizenId()) : details;
        Person entered = validate(before.id(), kept, before.communeId());
        Person after = new Person(before.id(), entered.fullName(), entered.sex(), entered.birthDate(),
                entered.birthYear(), entered.ethnicity(), entered.household(), entered.householdYear(),
                entered.hiCardNumber(), entered.hiCardExpiry(), entered.disability(), entered.livesAlone(),
                entered.phone(), entered.citizenId(), entered.villageId() == null ? before.villageId() : entered.villageId(),
                before.communeId(), expectedVersion + 1);
        List<String> changed = before.differences(after);
        if (changed.isEmpty()) {
            return before;
        }
        refuseIfAnonymised(before.id());
        int updated;
        try {
            updated = jdbc.sql("""
                    update person set full_name = :name, name_key = :key, sex = :sex, birth_date = :birthDate,
                        birth_year = :birthYear, ethnicity = :ethnicity, household = :household,
                        household_year = :householdYear, hi_card_number = :hiCard, hi_card_expiry = :hiExpiry,
                        disability = :disability, lives_alone = :livesAlone, phone = :phone,
                        citizen_id_sealed = :citizenSealed, citizen_id_index = :citizenIndex, village_id = :village,
                        version = version + 1, updated_at = now(), updated_by = :actor
                    where id = :id and version = :version""")
                    .params(personParams(after)).param("actor", actor).param("version", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("members.citizenId.taken", "citizenId", after.citizenId());
        }
        if (updated == 0) {
            throw new InvalidInputException("members.person.changedMeanwhile", null, before.fullName());
        }
        events.publishEvent(new MemberChanged(before.id(), "person.changed", actor, changes(before, after, changed)));
        return after;
    }

    /**
     * The fields changed with their values before and after, leaving out the values of health data; a
     * citizen ID is written masked, since the log is read by those who may not see the whole number.
     */
    private static Map<String, Object> changes(Person before, Person after, List<String> changed) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> b = before.details();
        Map<String, Object> a = after.details();
        for (String field : changed) {
            if ("citizenId".equals(field)) {
                was.put(field, b.get(field) == null ? "" : CitizenIds.mask(b.get(field).toString()));
                now.put(field, a.get(field) == null ? "" : CitizenIds.mask(a.get(field).toString()));
            } else if (!Person.HEALTH_FIELDS.contains(field)) {
                was.put(field, b.get(field) == null ? "" : b.get(field).toString());
                now.put(field, a.get(field) == null ? "" : a.get(field).toString());
            }
        }
        return Map.of("changed", changed, "before", was, "after", now);
    }

    /** Checks and normalises what was entered about a person. */
    Person validate(UUID id, PersonDetails d, long communeId) {
        String name = VietnameseText.clean(d.fullName());
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("members.fullName.missing", "fullName");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("members.fullName.tooLong", "fullName", 100);
        }
        Person.Sex sex = parseSex(d.sex());
        Birth birth = Birth.parse(d.birth(), today());
        Ethnicity ethnicity = Ethnicity.find(d.ethnicity())
                .orElseThrow(() -> new InvalidInputException("members.ethnicity.unknown", "ethnicity", blank(d.ethnicity())));
        Household household = parseHousehold(d.household());
        // Typed in groups (001 052 012345) it is the same number.
        String citizenId = blankToNull(d.citizenId() == null ? null : d.citizenId().replaceAll("[\\s.]", ""));
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw new InvalidInputException("members.citizenId.invalid", "citizenId", citizenId);
        }
        String phone = blankToNull(d.phone() == null ? null : d.phone().replaceAll("[\\s.]", ""));
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("members.phone.invalid", "phone", phone);
        }
        String hiCard = blankToNull(d.hiCardNumber() == null ? null : d.hiCardNumber().replace(" ", "").toUpperCase());
        if (hiCard != null && !HI_CARD.matcher(hiCard).matches()) {
            throw new InvalidInputException("members.hiCard.invalid", "hiCardNumber", hiCard);
        }
        Integer householdYear = d.householdYear();
        if (householdYear != null && (householdYear < 2000 || householdYear > today().getYear())) {
            throw new InvalidInputException("members.householdYear.invalid", "householdYear", householdYear);
        }
        return new Person(id, name, sex, birth.date(), birth.year(), ethnicity.code(), household, householdYear, hiCard,
                d.hiCardExpiry(), d.disability(), d.livesAlone(), phone, citizenId, d.villageId(), communeId, 0);
    }

    static Person.Sex parseSex(String text) {
        String key = VietnameseText.searchKey(text);
        return switch (key) {
            case "f", "nu", "female", "n" -> Person.Sex.F;
            case "m", "nam", "male" -> Person.Sex.M;
            default -> throw new InvalidInputException("members.sex.invalid", "sex", blank(text));
        };
    }

    static Household parseHousehold(String text) {
        String key = VietnameseText.searchKey(text).replace('_', ' ').replace('-', ' ');
        return switch (key) {
            case "poor", "ngheo", "ho ngheo" -> Household.POOR;
            case "near poor", "can ngheo", "ho can ngheo" -> Household.NEAR_POOR;
            case "other", "khac", "", "khong" -> Household.OTHER;
            default -> throw new InvalidInputException("members.household.invalid", "household", text);
        };
    }

    /** The person's columns; the citizen ID sealed, with its blind index, never as it reads. */
    Map<String, Object> personParams(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.fullName());
        m.put("key", VietnameseText.searchKey(p.fullName()));
        m.put("sex", p.sex().name());
        m.put("birthDate", p.birthDate());
        m.put("birthYear", p.birthYear());
        m.put("ethnicity", p.ethnicity());
        m.put("household", p.household().name());
        m.put("householdYear", p.householdYear());
        m.put("hiCard", p.hiCardNumber());
        m.put("hiExpiry", p.hiCardExpiry());
        m.put("disability", p.disability());
        m.put("livesAlone", p.livesAlone());
        m.put("phone", p.phone());
        m.put("citizenSealed", cipher.seal(p.citizenId()));
        m.put("citizenIndex", cipher.index(p.citizenId()));
        m.put("village", p.villageId());
        m.put("commune", p.communeId());
        return m;
    }

    LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> T requireValue(T value, String field) {
        if (value == null) {
            throw InvalidInputException.missing("members.field.missing", field);
        }
        return value;
    }

    /** Reads a person from a row of {@code person}, opening their citizen ID. */
    RowMapper<Person> personRows() {
        return personRows;
    }

    private MemberRow row(ResultSet rs, LocalDate date) throws SQLException {
        Person p = person(rs, cipher);
        String reason = rs.getString("left_reason");
        return new MemberRow(rs.getObject("membership_id", UUID.class), p, rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class), reason == null ? null : LeavingReason.valueOf(reason),
                p.ageOn(date));
    }

    static Person person(ResultSet rs, PersonalDataCipher cipher) throws SQLException {
        String household = rs.getString("household");
        return new Person(rs.getObject("id", UUID.class), rs.getString("full_name"),
                Person.Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getInt("birth_year"), rs.getString("ethnicity"), Household.valueOf(household),
                (Integer) rs.getObject("household_year"), rs.getString("hi_card_number"),
                rs.getObject("hi_card_expiry", LocalDate.class), rs.getBoolean("disability"),
                rs.getBoolean("lives_alone"), rs.getString("phone"), cipher.open(rs.getString("citizen_id_sealed")),
                rs.getObject("village_id", UUID.class), rs.getLong("commune_id"), rs.getInt("version"));
    }
}
