package vn.ishc.programme;

import java.util.UUID;
import vn.ishc.members.Person;

/**
 * A participant to add: a member of a club ({@code clubId} and {@code personId}), or a person outside the
 * clubs by {@code fullName}, {@code sex} and {@code organisation}. {@code id} may be supplied by the client
 * so that a request sent twice adds the person once.
 */
public record NewParticipant(UUID id, UUID clubId, UUID personId, String fullName, Person.Sex sex,
                             String organisation) {

    public static NewParticipant member(UUID clubId, UUID personId) {
        return new NewParticipant(null, clubId, personId, null, null, null);
    }

    public static NewParticipant outsider(String fullName, Person.Sex sex, String organisation) {
        return new NewParticipant(null, null, null, fullName, sex, organisation);
    }
}
