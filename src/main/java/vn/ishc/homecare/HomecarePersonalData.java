package vn.ishc.homecare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.members.PersonalDataSource;

/** The home care a person received and the visits made to them, for the copy of their data. */
@Component
class HomecarePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    HomecarePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> about(UUID personId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("careRecipient", jdbc.sql("select name, village, reasons, from_date, ended_on, end_reason "
                + "from care_recipient where person_id = :p order by from_date").param("p", personId).query().listOfRows());
        sections.put("homeVisits", jdbc.sql("""
                        select v.visited_on, v.tasks, v.observations, v.systolic, v.diastolic, v.pulse, v.level,
                               v.referral_made, v.referral_to, v.referral_reason
                        from home_visit v join care_recipient r on r.id = v.recipient_id
                        where r.person_id = :p order by v.visited_on""").param("p", personId).query().listOfRows());
        return sections;
    }
}
