package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.util.UUID;
import vn.ishc.members.Person;

/**
 * A case to open in a club's area: a member by their person id, or a person who is not a member by name, sex,
 * birth year and village; {@code id} makes sending the same case again harmless.
 */
public record NewCase(UUID id, UUID clubId, UUID personId, String name, Person.Sex sex, Integer birthYear,
                      String village, LocalDate openedOn) {
}
