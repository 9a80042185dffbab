package vn.ishc.programme;

import java.time.Instant;
import java.util.UUID;
import vn.ishc.members.Person;

/**
 * A person taking part in a course: a member of a club ({@code personId} and {@code clubId}, with the
 * name and sex as they were when added), or a person from outside the clubs with their organisation.
 */
public record Participant(UUID id, UUID courseId, UUID personId, UUID clubId, String clubName, String fullName,
                          Person.Sex sex, String organisation, Instant addedAt, String addedBy) {

    public boolean isMember() {
        return personId != null;
    }
}
