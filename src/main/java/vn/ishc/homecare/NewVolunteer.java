package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.UUID;

/** A volunteer as entered: a member ({@code personId}) or a name; the id may be supplied by the client. */
public record NewVolunteer(UUID id, UUID personId, String name, String phone, LocalDate trainedOn, String course,
                           String username) {
}
