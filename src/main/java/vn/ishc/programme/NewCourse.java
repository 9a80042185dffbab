package vn.ishc.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A course to record, or the corrected details of one. {@code id} may be supplied by the client so that
 * a request sent twice records one course; {@code projectId} names one of the partner projects.
 */
public record NewCourse(UUID id, String title, Course.Kind kind, String areaPath, LocalDate startsOn, LocalDate endsOn,
                        String place, UUID projectId, String note) {
}
