package vn.ishc.identity.internal;

import java.util.UUID;
import vn.ishc.identity.Role;

/** A user as stored. */
public record UserRow(UUID id, String username, String displayName, String passwordHash, Role role,
                      Long scopeUnitId, String scopePath, UUID scopeClubId, boolean enabled, int version) {
}
