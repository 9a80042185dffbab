package vn.ishc.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nation's figures for a period computed straight from the modules' tables, as one would write the
 * queries without kept figures: the baseline the kept figures are compared with. Each query follows
 * the catalogue's definition (indicators.md) for the whole country; a running period ends today.
 */
final class PlainSqlFigures {

    /** Memberships current at the end, in clubs active at the end. */
    private static final String MEMBERS_AT_END = """
            from membership m join club c on c.id = m.club_id
            where m.joined_on <= :end and (m.left_on is null or m.left_on > :end) and c.founded_on <= :end
              and not exists (select 1 from club_status s where s.club_id = c.id and s.status = 'DISSOLVED'
                              and s.effective <= :end)""";

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("CLUBS_ACTIVE", """
                select count(*) from club c where c.founded_on <= :end
                  and not exists (select 1 from club_status s where s.club_id = c.id and s.status = 'DISSOLVED'
                                  and s.effective <= :end)""");
        QUERIES.put("MEMBERS", "select count(distinct m.person_id) " + MEMBERS_AT_END);
        QUERIES.put("MEETINGS_HELD", "select count(*) from meeting where held_on between :start and :end");
        QUERIES.put("MEETING_ATTENDANCE", """
                select count(*) from attendance a join meeting t on t.id = a.meeting_id
                where a.status = 'PRESENT' and t.held_on between :start and :end""");
        QUERIES.put("MEMBERS_BP_MEASURED", "select count(distinct m.person_id) " + MEMBERS_AT_END + """

                  and exists (select 1 from health_reading r where r.person_id = m.person_id and r.club_id = m.club_id
                              and r.systolic is not null and r.taken_on between :start and :end)""");
        QUERIES.put("FUNDS_MOBILISED", """
                select coalesce(-sum(l.amount), 0) from ledger_line l join ledger_entry e on e.id = l.entry_id
                where l.account = 'CONTRIBUTIONS' and e.entry_date between :start and :end""");
        QUERIES.put("LOANS_DISBURSED", "select count(*) from loan where disbursed_on between :start and :end");
        QUERIES.put("HOMECARE_VISITS", "select count(*) from home_visit where visited_on between :start and :end");
    }

    private final JdbcClient jdbc;

    PlainSqlFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the nation from {@code start} to {@code end}, by code. */
    Map<String, Long> nation(LocalDate start, LocalDate end) {
        Map<String, Long> out = new LinkedHashMap<>();
        QUERIES.forEach((code, sql) -> out.put(code, jdbc.sql(sql).param("start", start).param("end", end)
                .query(Long.class).single()));
        return out;
    }
}
