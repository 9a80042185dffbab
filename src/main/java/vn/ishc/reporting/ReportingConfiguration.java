package vn.ishc.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The figures are kept fresh by a worker on a schedule. */
@Configuration
@EnableScheduling
class ReportingConfiguration {
}
