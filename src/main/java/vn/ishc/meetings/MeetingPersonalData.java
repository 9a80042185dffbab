package vn.ishc.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.members.PersonalDataSource;

/** A person's readings, attendance at meetings, check-ups and referrals, for the copy of their data. */
@Component
class MeetingPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    MeetingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> about(UUID personId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("readings", rows("""
                select taken_on, origin, systolic, diastolic, pulse, weight_kg, level, referral_made, club_id
                from health_reading where person_id = :p order by taken_on, recorded_at""", personId));
        sections.put("attendance", rows("""
                select m.held_on, m.club_id, a.status from attendance a join meeting m on m.id = a.meeting_id
                where a.person_id = :p order by m.held_on""", personId));
        sections.put("checkups", rows("select checked_on, place, result from health_checkup where person_id = :p "
                + "order by checked_on", personId));
        sections.put("referrals", rows("select referred_on, destination, reason, outcome from health_referral "
                + "where person_id = :p order by referred_on", personId));
        return sections;
    }

    private List<Map<String, Object>> rows(String sql, UUID personId) {
        return jdbc.sql(sql).param("p", personId).query().listOfRows();
    }
}
