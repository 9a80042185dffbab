package vn.ishc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.members.MembershipFacts;

/**
 * A club's figures as they are being computed: its records, the business day they are computed on, and
 * the figures (and the people in other clubs they count) each family of indicators adds to.
 */
final class ClubFacts {

    private final ClubRecords records;
    private final LocalDate today;
    private final Map<FactKey, Long> values = new HashMap<>();
    private final Map<FactKey, Set<UUID>> shared = new HashMap<>();

    ClubFacts(ClubRecords records, LocalDate today) {
        this.records = records;
        this.today = today;
    }

    ClubRecords records() {
        return records;
    }

    LocalDate today() {
        return today;
    }

    ClubFigures.Facts facts() {
        return new ClubFigures.Facts(values, shared);
    }

    /** Adds to a figure of a month (nothing for zero). */
    void add(YearMonth month, Indicator indicator, String dims, long value) {
        addKept(month, indicator.name(), dims, value);
    }

    /** Adds to a figure of a month kept for reading others from, which is no indicator of its own. */
    void addKept(YearMonth month, String code, String dims, long value) {
        if (value != 0) {
            values.merge(FactKey.month(month, code, dims), value, Long::sum);
        }
    }

    /** A figure computed so far (zero when none). */
    long value(FactKey key) {
        return values.getOrDefault(key, 0L);
    }

    /** Adds to a figure counted over a period as a whole (nothing for zero). */
    void put(Period p, Indicator indicator, String dims, long value) {
        if (value != 0) {
            values.merge(FactKey.of(p, indicator.name(), dims), value, Long::sum);
        }
    }

    void person(YearMonth month, Indicator indicator, MembershipFacts.Enrolment en, String... dims) {
        person(Period.month(month), indicator, en, dims);
    }

    /** Counts a person under an indicator once for each of the disaggregations given ("" is the total). */
    void person(Period p, Indicator indicator, MembershipFacts.Enrolment en, String... dims) {
        for (String d : dims) {
            FactKey key = FactKey.of(p, indicator.name(), d);
            values.merge(key, 1L, Long::sum);
            if (records.inOtherClubs().contains(en.personId())) {
                shared.computeIfAbsent(key, k -> new HashSet<>()).add(en.personId());
            }
        }
    }

    /** Names the people a figure over the period counts, for an area to count each once. */
    void name(Period p, Indicator indicator, Set<UUID> people) {
        if (!people.isEmpty()) {
            shared.computeIfAbsent(FactKey.of(p, indicator.name(), ""), k -> new HashSet<>()).addAll(people);
        }
    }

    /** The membership a person has on a day, remembered in the cache given; null when not a member that day. */
    MembershipFacts.Enrolment enrolmentOn(UUID person, LocalDate day, Map<UUID, MembershipFacts.Enrolment> cache) {
        MembershipFacts.Enrolment hit = cache.get(person);
        if (hit != null && hit.memberOn(day)) {
            return hit;
        }
        for (MembershipFacts.Member m : records.members()) {
            if (m.enrolment().personId().equals(person) && m.enrolment().memberOn(day)) {
                cache.put(person, m.enrolment());
                return m.enrolment();
            }
        }
        return null;
    }

    static boolean within(LocalDate d, LocalDate s, LocalDate e) {
        return d != null && !d.isBefore(s) && !d.isAfter(e);
    }
}
