package vn.ishc.members;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a club on a date, as the club's member list shows them. */
public record MemberRow(UUID membershipId, Person person, LocalDate joinedOn, LocalDate leftOn,
                        LeavingReason leftReason, int age) {

    /** The same row with the member's citizen ID masked. */
    public MemberRow withCitizenIdMasked() {
        return new MemberRow(membershipId, person.withCitizenIdMasked(), joinedOn, leftOn, leftReason, age);
    }

    /** The age band shown where a date of birth is not known exactly. */
    public String ageBand() {
        if (age < 55) {
            return "<55";
        }
        if (age >= 80) {
            return "80+";
        }
        int low = age < 60 ? 55 : (age / 10) * 10;
        return age < 60 ? "55-59" : low + "-" + (low + 9);
    }
}
