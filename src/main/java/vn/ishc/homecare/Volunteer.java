package vn.ishc.homecare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trained home-care volunteer of a club: a member ({@code personId}) or someone else named, when and
 * on which course they were trained, and the sign-in account that is this volunteer, if any.
 */
public record Volunteer(UUID id, UUID clubId, UUID personId, String name, String phone, LocalDate trainedOn,
                        String course, String username, LocalDate endedOn, int version) {

    public boolean active() {
        return endedOn == null;
    }

    public boolean member() {
        return personId != null;
    }
}
