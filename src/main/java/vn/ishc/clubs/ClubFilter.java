package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which clubs to list: within a unit of either map (a unit in force today selects by the clubs' place on
 * today's map, an earlier unit by the commune they were founded in), with a status on a date, supported
 * by a project, or whose name contains a text (ignoring diacritics). Null fields do not filter.
 */
public record ClubFilter(Long areaUnitId, ClubStatus status, UUID projectId, String name, LocalDate date) {

    public static ClubFilter all() {
        return new ClubFilter(null, null, null, null, null);
    }
}
