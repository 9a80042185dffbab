package vn.ishc.longtermcare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.members.PersonalDataSource;

/** A member's long-term care cases, assessments and changes recorded, for the copy of their data. */
@Component
class LongTermCarePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    LongTermCarePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> about(UUID personId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("longTermCareCases", jdbc.sql("select name, village, opened_on, closed_on, closure_reason "
                + "from ltc_case where person_id = :p order by opened_on").param("p", personId).query().listOfRows());
        sections.put("longTermCareAssessments", jdbc.sql("""
                        select a.assessed_on, a.barthel, a.lawton, a.screens, a.living, a.has_carer, a.barthel_score,
                               a.lawton_score, a.need_level, a.reasons
                        from ltc_assessment a join ltc_case c on c.id = a.case_id
                        where c.person_id = :p order by a.assessed_on""").param("p", personId).query().listOfRows());
        sections.put("longTermCareChanges", jdbc.sql("""
                        select h.happened_on, h.kind from ltc_change h join ltc_case c on c.id = h.case_id
                        where c.person_id = :p order by h.happened_on""").param("p", personId).query().listOfRows());
        return sections;
    }
}
