package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's position on a club's board from a date to a date (end exclusive; null while held), and
 * the sign-in account of the person holding it, if they have one.
 */
public record BoardSeat(UUID id, UUID clubId, UUID personId, BoardRole role, List<Integer> areas, LocalDate startOn,
                        LocalDate endOn, String username) {
}
