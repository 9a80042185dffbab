package vn.ishc.identity;

import java.util.UUID;

/** A user as administrators see them: never the password. {@code scopeUnitId} is null for the nation. */
public record UserView(UUID id, String username, String displayName, Role role, Long scopeUnitId,
                       String scopePath, UUID scopeClubId, boolean enabled, int version) {

    /** The area the user sees: a club, or the place at {@code scopePath}. */
    public vn.ishc.shared.AreaScope scope() {
        vn.ishc.shared.AreaScope area = vn.ishc.shared.AreaScope.ofPath(scopePath);
        return scopeClubId == null ? area : vn.ishc.shared.AreaScope.club(area.path(), scopeClubId);
    }
}
