package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.NotFoundException;

/**
 * The people counted over a free range of months as a whole (members measured or weighed in it, care
 * recipients visited as their plans ask), which the months, quarters and years kept do not give: each
 * club of the area is counted from its records for the range, a hundred clubs at a time, and a person in
 * two of an area's clubs once. An area of more clubs than {@code ishc.reporting.range-people-most-clubs}
 * (1,000 by default) is not counted this way: its figures say nothing of these.
 */
@Component
class RangePeople {

    /** The figures counted. */
    static final Set<String> CODES = Set.of("MEMBERS_BP_MEASURED", "MEMBERS_WEIGHED", "HOMECARE_RECIPIENTS_ON_PLAN");
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ClubRecordsReader reader;
    private final Clubs clubs;
    private final int most;

    RangePeople(JdbcClient jdbc, ClubRecordsReader reader, Clubs clubs,
                @Value("${ishc.reporting.range-people-most-clubs:1000}") int most) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.clubs = clubs;
        this.most = most;
    }

    /**
     * For each sub-area (the {@code child} expression over the places {@code p}; {@code "''"} for one
     * area) of the clubs the condition selects, the figures as "code|dims" to value, zero totals
     * absent (zero); null when the clubs are more than the most counted so.
     */
    Map<String, Map<String, Long>> count(Period range, LocalDate today, String child, String where,
                                         Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("end", range.end());
        p.put("most", most + 1);
        Map<UUID, String> childOf = new LinkedHashMap<>();
        jdbc.sql("select p.club_id, " + child + " from rpt_club_place p where " + where
                        + " and p.founded_on <= :end order by p.club_id limit :most")
                .params(p).query((rs, n) -> childOf.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        if (childOf.size() > most) {
            return null;
        }
        Map<String, Map<String, Long>> out = new HashMap<>();
        Map<String, Map<String, Map<UUID, Integer>>> counted = new HashMap<>();
        childOf.values().forEach(c -> out.computeIfAbsent(c, k -> new HashMap<>()));
        List<UUID> ids = new ArrayList<>(childOf.keySet());
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Club> batch = new ArrayList<>();
            for (UUID id : ids.subList(i, Math.min(ids.size(), i + BATCH))) {
                try {
                    batch.add(clubs.get(id, AreaScope.nation()));
                } catch (NotFoundException gone) {
                    // A club removed since its place was kept counts nothing.
                }
            }
            Map<UUID, ClubRecords> records = reader.readForPeriods(batch);
            for (Club club : batch) {
                String c = childOf.get(club.id());
                ClubFigures.Facts facts = ClubFigures.overPeriod(records.get(club.id()), range, today);
                Map<String, Long> v = out.get(c);
                facts.values().forEach((key, value) -> {
                    if (CODES.contains(key.code())) {
                        v.merge(key.code() + "|" + key.dims(), value, Long::sum);
                    }
                });
                facts.sharedPeople().forEach((key, people) -> {
                    if (CODES.contains(key.code())) {
                        Map<UUID, Integer> seen = counted.computeIfAbsent(c, k -> new HashMap<>())
                                .computeIfAbsent(key.code() + "|" + key.dims(), k -> new HashMap<>());
                        people.forEach(person -> seen.merge(person, 1, Integer::sum));
                    }
                });
            }
        }
        // A person counted by two clubs of the same sub-area counts once there.
        counted.forEach((c, byKey) -> byKey.forEach((key, people) -> people.forEach((person, n) -> {
            if (n > 1) {
                out.get(c).merge(key, (long) (1 - n), Long::sum);
            }
        })));
        return out;
    }
}
