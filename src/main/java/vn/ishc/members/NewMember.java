package vn.ishc.members;

import java.time.LocalDate;
import java.util.UUID;

/** A person to enrol in a club from a date, as one of many (an imported list); the id may be supplied. */
public record NewMember(UUID personId, PersonDetails details, LocalDate joinedOn) {
}
