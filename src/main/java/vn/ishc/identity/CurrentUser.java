package vn.ishc.identity;

import java.util.UUID;
import vn.ishc.shared.AreaScope;

/** The signed-in user as a request sees them: who, in which role, over which area. */
public record CurrentUser(UUID id, String username, String displayName, Role role, AreaScope scope) {

    public boolean is(Role r) {
        return role == r;
    }

    /** National administrators manage every user; province officers manage the users of their province. */
    public boolean managesUsers() {
        return role == Role.NATIONAL_ADMIN || role == Role.PROVINCE_OFFICER;
    }
}
