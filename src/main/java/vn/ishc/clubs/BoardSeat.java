package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's position on a club's board from a date to a date (end exclusive; null while held). */
public record BoardSeat(UUID id, UUID clubId, UUID personId, BoardRole role, List<Integer> areas, LocalDate startOn,
                        LocalDate endOn) {
}
