package vn.ishc.members;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.ishc.clubs.Club;

/** A person with their memberships; a club outside the reader's area is shown without its details (null). */
public record PersonHistory(Person person, List<Entry> memberships) {

    /** The same history with the citizen ID masked. */
    public PersonHistory withCitizenIdMasked() {
        return new PersonHistory(person.withCitizenIdMasked(), memberships);
    }

    @Schema(name = "MembershipInClub")
    public record Entry(MembershipRecord membership, Club club) {
    }
}
