package vn.ishc.members;

import java.util.UUID;

/**
 * New details for a person, given as a whole, made against the version that was read: if the person
 * has changed since, the update is refused rather than overwriting someone else's change.
 */
public record PersonUpdate(UUID personId, int version, PersonDetails details) {
}
