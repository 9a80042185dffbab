package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.UUID;

/** Whether a person is a member of a club on a date: answered by the members module. */
public interface ClubMembership {

    boolean isMember(UUID clubId, UUID personId, LocalDate date);

    /** The earliest joining date of anyone in the club, or null when nobody has joined. */
    LocalDate firstJoining(UUID clubId);
}
