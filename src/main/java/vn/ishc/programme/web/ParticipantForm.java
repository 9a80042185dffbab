package vn.ishc.programme.web;

import vn.ishc.members.Person;
import vn.ishc.programme.NewParticipant;

/**
 * A participant as the course page sends one: a club and a member, or a name, sex and organisation.
 * {@code requestId} identifies the form sent, so that sending it twice adds the person once (not named
 * {@code id}, which the course's address fills in).
 */
record ParticipantForm(String requestId, String clubId, String personId, String fullName, String sex, String organisation) {

    NewParticipant command() {
        return new NewParticipant(ProgrammeForms.uuid(requestId, "requestId"), ProgrammeForms.uuid(clubId, "clubId"),
                ProgrammeForms.uuid(personId, "personId"), fullName, ProgrammeForms.pick(Person.Sex.class, sex, "sex"),
                organisation);
    }
}
