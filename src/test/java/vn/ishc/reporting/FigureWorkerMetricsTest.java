package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.identity.Role;
import vn.ishc.operations.ServiceMetricsTest;

/** The figure worker as Prometheus scrapes it: its lag, the clubs waiting and the clubs whose figures failed. */
@SpringBootTest
@AutoConfigureMockMvc
class FigureWorkerMetricsTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DataSource dataSource;

    @Test
    void theLagIsTheAgeOfTheOldestChangeNotYetCounted() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // The worker waits on its lock meanwhile, so the change stays uncounted while the metrics are read.
            s.execute("select pg_advisory_lock(" + FigureWorker.LOCK + ")");
            try {
                s.execute("insert into rpt_dirty (club_id, marked_at) values "
                        + "('00000000-0000-0000-0000-00000000fa9e', now() - interval '90 seconds')");
                s.execute("insert into rpt_failed (club_id, error) values "
                        + "('00000000-0000-0000-0000-00000000fa9f', 'failed for the metrics test')");
                var result = mvc.get().uri("/actuator/prometheus")
                        .with(user("metrics-admin").roles(Role.NATIONAL_ADMIN.name())).exchange();
                assertThat(result).hasStatusOk();
                String scrape = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(ServiceMetricsTest.value(scrape, "ishc_figures_lag_seconds")).isGreaterThanOrEqualTo(90);
                assertThat(ServiceMetricsTest.value(scrape, "ishc_figures_waiting")).isGreaterThanOrEqualTo(1);
                assertThat(ServiceMetricsTest.value(scrape, "ishc_figures_failed")).isGreaterThanOrEqualTo(1);
            } finally {
                s.execute("delete from rpt_dirty where club_id = '00000000-0000-0000-0000-00000000fa9e'");
                s.execute("delete from rpt_failed where club_id = '00000000-0000-0000-0000-00000000fa9f'");
                s.execute("select pg_advisory_unlock(" + FigureWorker.LOCK + ")");
            }
        }
    }
}
