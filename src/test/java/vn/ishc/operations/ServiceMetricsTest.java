package vn.ishc.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.internal.SignInThrottle;

/**
 * What an operator's Prometheus scrapes at /actuator/prometheus: the records saved by kind and the sign-in
 * failures (the figure worker's in FigureWorkerMetricsTest); only a national administrator may read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
public class ServiceMetricsTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    SignInThrottle throttle;

    String scrape() throws Exception {
        var result = mvc.get().uri("/actuator/prometheus")
                .with(user("metrics-admin").roles(Role.NATIONAL_ADMIN.name())).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aSavedClubIsCountedByItsKind() throws Exception {
        double before = value(scrape(), "ishc_records_saved_total{kind=\"club\"}");
        ClubFixtures.aClub(clubs, villages, units, "06196", LocalDate.of(2025, 3, 1));
        assertThat(value(scrape(), "ishc_records_saved_total{kind=\"club\"}")).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordIsCounted() throws Exception {
        double before = value(scrape(), "ishc_signin_failures_total");
        throttle.failed("metrics-nobody", "203.0.113.7");
        assertThat(value(scrape(), "ishc_signin_failures_total")).isEqualTo(before + 1);
    }

    @Test
    void onlyANationalAdministratorReadsTheMetrics() {
        assertThat(mvc.get().uri("/actuator/prometheus").with(user("officer").roles(Role.PROVINCE_OFFICER.name())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/actuator/prometheus").header("Accept", "text/plain").exchange().getResponse()
                .getStatus()).isIn(401, 302);
    }
}
