package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A recipient's care plan from a day on: so many visits a week or a month, and the tasks to do. */
public record CarePlan(UUID recipientId, LocalDate validFrom, int visits, PlanPeriod per, Set<CareTask> tasks) {
}
