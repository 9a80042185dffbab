package vn.ishc.identity;

import java.util.UUID;
import vn.ishc.shared.AreaScope;

/** Users for tests, created through {@link UserAccounts} as a national administrator would. */
public final class UserFixtures {

    /** The administrator fixtures act as. */
    public static final CurrentUser ROOT = new CurrentUser(new UUID(0, 1), "fixtures", "Fixtures",
            Role.NATIONAL_ADMIN, AreaScope.nation());

    private UserFixtures() {
    }

    /** A user of that role over the unit (a province or commune in force today; null for the nation). */
    public static UserView create(UserAccounts accounts, String username, Role role, Long scopeUnitId,
                                  String password, String displayName) {
        return accounts.create(new NewUser(null, username, displayName, password, role, scopeUnitId), ROOT);
    }

    /** The user as a request would see them once signed in. */
    public static CurrentUser signedIn(UserView user) {
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.role(), user.scope());
    }
}
