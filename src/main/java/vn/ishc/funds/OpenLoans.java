package vn.ishc.funds;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ishc.members.OpenObligations;

/** People with a loan applied for, approved or disbursed and not yet closed or written off. */
@Component
class OpenLoans implements OpenObligations {

    private final JdbcClient jdbc;

    OpenLoans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> holding(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from loan
                        where person_id = any(:people) and status in ('APPLIED', 'APPROVED', 'DISBURSED')""")
                .param("people", people.toArray(UUID[]::new)).query(UUID.class).list());
    }
}
