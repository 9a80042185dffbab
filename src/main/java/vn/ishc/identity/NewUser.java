package vn.ishc.identity;

import java.util.UUID;

/** What an administrator enters to create a user; {@code id} may be supplied so a retry saves once. */
public record NewUser(UUID id, String username, String displayName, String password, Role role, Long scopeUnitId) {
}
