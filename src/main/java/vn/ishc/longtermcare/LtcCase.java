package vn.ishc.longtermcare;

import java.time.LocalDate;
import java.util.UUID;
import vn.ishc.members.Person;

/** A long-term care case: whose, in which club's area, since when, who manages it, and how it closed. */
public record LtcCase(UUID id, UUID clubId, UUID personId, String name, Person.Sex sex, Integer birthYear,
                      String village, LocalDate openedOn, String manager, LocalDate closedOn,
                      ClosureReason closureReason, int version) {

    public boolean open() {
        return closedOn == null;
    }

    public boolean member() {
        return personId != null;
    }
}
