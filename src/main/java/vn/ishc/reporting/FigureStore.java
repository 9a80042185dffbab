package vn.ishc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.NotFoundException;

/**
 * Keeps the clubs' figures and the nation's, provinces' and (on today's map) communes' sums of them: a club's figures are computed
 * again from its records, and only the differences are written, to the club's figures and to the sums
 * of the areas it is counted in, so the sums stay equal to what a full rebuild gives. A rebuild writes
 * the same way into tables beside the kept ones ({@link #beside()}), then keeps what it wrote in their
 * place ({@link #keepRebuilt()}).
 */
@Component
class FigureStore {

    private static final AreaScope NATION = AreaScope.nation();
    
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ClubRecordsReader reader;
    private final Clubs clubs;
    private final Villages villages;
    private final AdminUnits units;
    private final Clock clock;
    // The tables written: the kept figures, or those a rebuild computes beside them.
    private final FigureStatements sql;

    @org.springframework.beans.factory.annotation.Autowired
    FigureStore(JdbcClient jdbc, JdbcTemplate batch, ClubRecordsReader reader, Clubs clubs, Villages villages,
                AdminUnits units, Clock clock) {
        this(jdbc, batch, reader, clubs, villages, units, clock, FigureStatements.KEPT);
    }

    private FigureStore(JdbcClient jdbc, JdbcTemplate batch, ClubRecordsReader reader, Clubs clubs, Villages villages,
                        AdminUnits units, Clock clock, FigureStatements sql) {
        this.sql = sql;
        this.jdbc = jdbc;
        this.batch = batch;
        this.reader = reader;
        this.clubs = clubs;
        this.villages = villages;
        this.units = units;
        this.clock = clock;
    }

    /** The same store writing the tables a rebuild fills beside the kept figures, which no reader reads. */
    FigureStore beside() {
        return new FigureStore(jdbc, batch, reader, clubs, villages, units, clock, FigureStatements.NEXT);
    }

    private record AreaKey(Boundaries boundaries, String area, FactKey fact) {
    }

    /** Computes these clubs' figures again and writes what changed, in the caller's transaction. */
    void refresh(Collection<UUID> clubIds) {
        List<Club> found = new ArrayList<>();
        for (UUID id : new HashSet<>(clubIds)) {
            try {
                found.add(clubs.get(id, NATION));
            } catch (NotFoundException gone) {
                // A club that no longer exists has nothing to count.
            }
        }
        if (found.isEmpty()) {
            return;
        }
        LocalDate today = BusinessCalendar.today(clock);
        Map<UUID, ClubRecords> records = reader.read(found);
        Map<AreaKey, Long> delta = new HashMap<>();
        // The people of these clubs who are in other clubs too, before and after: the sums count each once.
        Set<UUID> people = new HashSet<>(jdbc.sql(sql.peopleOfClubs())
                .param("ids", found.stream().map(Club::id).toArray(UUID[]::new)).query(UUID.class).list());
        Map<UUID, ClubFigures.Facts> computed = new HashMap<>();
        for (Club club : found) {
            ClubFigures.Facts now = ClubFigures.compute(records.get(club.id()), YearMonth.from(club.foundedOn()), today);
            computed.put(club.id(), now);
            now.sharedPeople().values().forEach(people::addAll);
        }
        Map<AreaKey, Long> countedTwiceBefore = countedTwice(people);
        Set<String> provinces = new HashSet<>();
        for (Club club : found) {
            ClubPlace place = placeOf(club);
            Optional<ClubPlace> before = storedPlace(club.id());
            provinces.addAll(place.provinces());
            before.ifPresent(b -> provinces.addAll(b.provinces()));
            ClubFigures.Facts now = computed.get(club.id());
            Map<FactKey, Long> old = storedFacts(club.id());
            before.ifPresent(b -> old.forEach((k, v) -> spread(delta, b, k, -v)));
            now.values().forEach((k, v) -> spread(delta, place, k, v));
            writeFacts(club.id(), old, now.values());
            writePeople(club.id(), now.sharedPeople());
            writeRangeRows(club.id(), RangeRows.of(records.get(club.id()), today));
            writePlace(place);
        }
        countedTwiceBefore.forEach((k, v) -> delta.merge(k, v, Long::sum));
        countedTwice(people).forEach((k, v) -> delta.merge(k, -v, Long::sum));
        writeSums(delta);
        if (sql == FigureStatements.KEPT) {
            FigureCache.changed(jdbc, provinces);
        }
    }

    /**
     * For these people, how many times more than once each sum counts them: for each sum (the nation, a
     * province, on either map) and figure, a person counted by n of its clubs adds n - 1. The sums kept are
     * the clubs' less these, so that the nation and a province count a person once.
     */
    private Map<AreaKey, Long> countedTwice(Set<UUID> people) {
        Map<AreaKey, Long> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        Map<AreaKey, Map<UUID, Integer>> clubsOf = new HashMap<>();
        jdbc.sql(sql.clubsOfPeople())
                .param("people", people.toArray(UUID[]::new))
                .query((rs, n) -> {
                    FactKey k = new FactKey(StoredKeys.periodKind(rs.getString(1)), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4));
                    UUID person = rs.getObject(5, UUID.class);
                    LocalDate end = k.end();
                    for (Boundaries b : Boundaries.values()) {
                        for (String area : ClubPlace.areas(b, end, rs.getString(6), rs.getString(8), rs.getString(7))) {
                            clubsOf.computeIfAbsent(new AreaKey(b, area, k), x -> new HashMap<>()).merge(person, 1, Integer::sum);
                        }
                    }
                    return null;
                }).list();
        clubsOf.forEach((k, counts) -> {
            long twice = 0;
            for (int n : counts.values()) {
                twice += n - 1;
            }
            if (twice > 0) {
                out.put(k, twice);
            }
        });
        return out;
    }

    /** Empties the tables a rebuild fills beside the kept figures. */
    void clearBeside() {
        jdbc.sql(FigureStatements.CLEAR_BESIDE).update();
    }

    /**
     * Keeps, in the caller's transaction, the figures a rebuild computed beside the kept ones in their place:
     * the kept ones are deleted (not truncated, so that readers go on reading them until the transaction
     * commits, and never wait for it), the new ones copied in, and every figure held in memory read again.
     */
    void keepRebuilt() {
        for (String statement : FigureStatements.KEEP_REBUILT) {
            jdbc.sql(statement).update();
        }
        clearBeside();
        FigureCache.changedAll(jdbc);
    }

    private void spread(Map<AreaKey, Long> delta, ClubPlace place, FactKey k, long v) {
        LocalDate end = k.end();
        for (Boundaries b : Boundaries.values()) {
            for (String area : place.areas(b, end)) {
                delta.merge(new AreaKey(b, area, k), v, Long::sum);
            }
        }
    }

    ClubPlace placeOf(Club club) {
        AdminUnit founded = units.get(club.communeId(), NATION);
        String oldPath = founded.path().chars().filter(c -> c == '.').count() == 2 ? founded.path() : null;
        Long current = villages.get(club.villageId(), NATION).currentCommuneId();
        String nowPath = current == null ? null : units.get(current, NATION).path();
        Set<String> provinces = new HashSet<>();
        club.areaPaths().forEach(p -> provinces.add(p.substring(0, 2)));
        String nowProvince = nowPath != null ? nowPath.substring(0, 2)
                : provinces.size() == 1 ? provinces.iterator().next() : null;
        List<UUID> projects = clubs.projectsOf(club.id(), NATION).stream().map(p -> p.id()).toList();
        return new ClubPlace(club.id(), club.nationalId(), club.name(), club.foundedOn(), club.villageId(), oldPath, nowPath,
                nowProvince, projects);
    }

    private Optional<ClubPlace> storedPlace(UUID clubId) {
        return jdbc.sql(sql.placeOfClub()).param("c", clubId)
                .query((rs, n) -> new ClubPlace(clubId, rs.getString("code"), rs.getString("name"),
                        rs.getObject("founded_on", LocalDate.class), rs.getObject("village_id", UUID.class),
                        rs.getString("old_path"), rs.getString("now_path"), rs.getString("now_province"),
                        List.of((UUID[]) rs.getArray("projects").getArray()))).optional();
    }

    private Map<FactKey, Long> storedFacts(UUID clubId) {
        Map<FactKey, Long> out = new HashMap<>();
        jdbc.sql(sql.factsOfClub())
                .param("c", clubId)
                .query((rs, n) -> out.put(new FactKey(StoredKeys.periodKind(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)), rs.getLong(5))).list();
        return out;
    }

    private void writeFacts(UUID clubId, Map<FactKey, Long> old, Map<FactKey, Long> now) {
        List<Object[]> gone = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        old.forEach((k, v) -> {
            if (!now.containsKey(k)) {
                gone.add(new Object[] {clubId, StoredKeys.of(k.kind()), k.start(), k.code(), k.dims()});
            }
        });
        now.forEach((k, v) -> {
            if (!Objects.equals(old.get(k), v)) {
                changed.add(new Object[] {clubId, StoredKeys.of(k.kind()), k.start(), k.code(), k.dims(), v});
            }
        });
        if (!gone.isEmpty()) {
            batch.batchUpdate(sql.deleteFact(), gone);
        }
        if (!changed.isEmpty()) {
            batch.batchUpdate(sql.upsertFact(), changed);
        }
    }

    private void writePeople(UUID clubId, Map<FactKey, Set<UUID>> people) {
        jdbc.sql(sql.deletePeople()).param("c", clubId).update();
        List<Object[]> rows = new ArrayList<>();
        people.forEach((k, ids) -> ids.forEach(p -> rows.add(new Object[] {clubId, StoredKeys.of(k.kind()), k.start(),
                k.code(), k.dims(), p})));
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql.insertPerson(), rows);
        }
    }

    /** Writes a club's rows for counting over ranges of months, when they changed. */
    private void writeRangeRows(UUID clubId, RangeRows.Rows now) {
        if (storedRangeRows(clubId).equals(now)) {
            return;
        }
        jdbc.sql(sql.deleteMembers()).param("c", clubId).update();
        jdbc.sql(sql.deleteCare()).param("c", clubId).update();
        if (!now.measured().isEmpty()) {
            batch.batchUpdate(sql.insertMember(),
                    now.measured().stream().map(m -> new Object[] {clubId, m.personId(), m.joinedOn(), m.leftOn(), m.sex(),
                            m.birthDate(), m.birthYear(), m.shared(), m.pressureMonths().toArray(Integer[]::new),
                            m.weightMonths().toArray(Integer[]::new)}).toList());
        }
        if (!now.cared().isEmpty()) {
            batch.batchUpdate(sql.insertCare(),
                    now.cared().stream().map(c -> new Object[] {clubId, c.recipientId(), c.since(),
                            c.planned().toArray(Integer[]::new), c.visits().toArray(Integer[]::new)}).toList());
        }
    }

    private RangeRows.Rows storedRangeRows(UUID clubId) {
        Set<RangeRows.Measured> measured = new HashSet<>(jdbc.sql(sql.membersOfClub())
                .param("c", clubId).query((rs, n) -> new RangeRows.Measured(rs.getObject("person_id", UUID.class),
                        rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                        rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getInt("birth_year"),
                        rs.getBoolean("shared"), ints(rs.getArray("pressure_months")), ints(rs.getArray("weight_months")))).list());
        Set<RangeRows.Cared> cared = new HashSet<>(jdbc.sql(sql.careOfClub())
                .param("c", clubId).query((rs, n) -> new RangeRows.Cared(rs.getObject("recipient_id", UUID.class),
                        rs.getInt("since"), ints(rs.getArray("planned")), ints(rs.getArray("visits")))).list());
        return new RangeRows.Rows(measured, cared);
    }

    private static List<Integer> ints(java.sql.Array array) throws java.sql.SQLException {
        return List.of((Integer[]) array.getArray());
    }

    private void writePlace(ClubPlace p) {
        jdbc.sql(sql.upsertPlace())
                .param("id", p.clubId()).param("code", p.code()).param("name", p.name()).param("founded", p.foundedOn())
                .param("village", p.villageId()).param("old", p.oldPath()).param("now", p.nowPath())
                .param("province", p.nowProvince()).param("projects", p.projects().toArray(UUID[]::new)).update();
    }

    /**
     * The sums of a flow are kept for its quarters and years too (each the sum of its months, in the areas
     * the months are counted in), so that an area's quarter or year is read from one row a figure instead of
     * its twelve months' rows. The clubs' own figures keep flows by month only.
     */
    private static Map<AreaKey, Long> withQuartersAndYears(Map<AreaKey, Long> delta) {
        Map<AreaKey, Long> out = new HashMap<>(delta);
        delta.forEach((k, v) -> {
            FactKey f = k.fact();
            if (f.kind() == Period.Kind.MONTH && v != 0 && Indicator.of(f.code())
                    .filter(i -> i.reading() == Indicator.Reading.FLOW).isPresent()) {
                LocalDate quarter = f.start().withMonth((f.start().getMonthValue() - 1) / 3 * 3 + 1);
                out.merge(new AreaKey(k.boundaries(), k.area(), new FactKey(Period.Kind.QUARTER, quarter, f.code(), f.dims())),
                        v, Long::sum);
                out.merge(new AreaKey(k.boundaries(), k.area(), new FactKey(Period.Kind.YEAR, f.start().withDayOfYear(1),
                        f.code(), f.dims())), v, Long::sum);
            }
        });
        return out;
    }

    private void writeSums(Map<AreaKey, Long> monthsDelta) {
        Map<AreaKey, Long> delta = withQuartersAndYears(monthsDelta);
        List<Object[]> rows = new ArrayList<>();
        delta.forEach((k, v) -> {
            if (v != 0) {
                rows.add(new Object[] {StoredKeys.of(k.boundaries()), k.area(), StoredKeys.of(k.fact().kind()),
                        k.fact().start(), k.fact().code(), k.fact().dims(), v});
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        // In a fixed order, so that two writers adding to the same sums never wait on each other in a circle.
        rows.sort(java.util.Comparator.comparing((Object[] r) -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4]
                + "|" + r[5]));
        batch.batchUpdate(sql.addToSum(), rows);
        batch.batchUpdate(sql.deleteZeroSum(),
                rows.stream().map(r -> java.util.Arrays.copyOf(r, 6)).toList());
    }
}
