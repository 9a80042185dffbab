package vn.ishc.identity;

import java.util.UUID;

/** A user as administrators see them: never the password. {@code scopeUnitId} is null for the nation. */
public record UserView(UUID id, String username, String displayName, Role role, Long scopeUnitId,
                       String scopePath, boolean enabled, int version) {
}
