package vn.ishc.journeys;

import java.util.UUID;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;

/** Users for journeys, each with a fresh user name so journeys sharing one application do not meet. */
public final class JourneyUsers {

    /** A user a journey can sign in as. */
    public record JourneyUser(String username, String password, String displayName, Role role) {
    }

    private final UserAccounts accounts;

    public JourneyUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** An administrator over the whole country. */
    public JourneyUser nationalAdmin(String displayName) {
        return create(Role.NATIONAL_ADMIN, null, displayName);
    }

    /** Limits a club board member or volunteer to one club. */
    public void limitToClub(String username, UUID clubId) {
        UUID id = accounts.list(username, 0, 1, UserFixtures.ROOT).get(0).id();
        accounts.limitToClub(id, clubId, UserFixtures.ROOT);
    }

    /**
     * A user of that role whose area is the unit (the id of a province or commune in force today), or
     * the whole country when {@code scopeUnitId} is null.
     */
    public JourneyUser create(Role role, Long scopeUnitId, String displayName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JourneyUser user = new JourneyUser(role.name().toLowerCase().replace('_', '-') + "-" + suffix,
                "pw-" + UUID.randomUUID(), displayName, role);
        UserFixtures.create(accounts, user.username(), role, scopeUnitId, user.password(), displayName);
        return user;
    }
}
