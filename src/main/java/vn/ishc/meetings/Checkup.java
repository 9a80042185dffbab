package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A health check-up: when, where (e.g. the commune health station) and its result. */
public record Checkup(UUID id, UUID personId, LocalDate checkedOn, String place, String result) {
}
