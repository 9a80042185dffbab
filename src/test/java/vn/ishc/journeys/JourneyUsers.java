package vn.ishc.journeys;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ishc.identity.Role;

/**
 * Users for journeys, each with a fresh user name so journeys sharing one application do not meet.
 * Written straight into app_user until the identity module offers a service that creates users;
 * then this class calls that service instead and the journeys stay as they are.
 */
public final class JourneyUsers {

    /** A user a journey can sign in as. */
    public record JourneyUser(String username, String password, String displayName, Role role) {
    }

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcClient jdbc;

    public JourneyUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An administrator over the whole country. */
    public JourneyUser nationalAdmin(String displayName) {
        return create(Role.NATIONAL_ADMIN, null, displayName);
    }

    /**
     * A user of that role whose area is the unit (the id of a province or commune in force today), or
     * the whole country when {@code scopeUnitId} is null.
     */
    public JourneyUser create(Role role, Long scopeUnitId, String displayName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JourneyUser user = new JourneyUser(role.name().toLowerCase().replace('_', '-') + "-" + suffix,
                "pw-" + UUID.randomUUID(), displayName, role);
        jdbc.sql("""
                        insert into app_user (id, username, display_name, password_hash, role, scope_unit_id, created_by, updated_by)
                        values (:id, :username, :displayName, :hash, :role, :scope, 'journey', 'journey')""")
                .param("id", UUID.randomUUID())
                .param("username", user.username())
                .param("displayName", displayName)
                .param("hash", ENCODER.encode(user.password()))
                .param("role", role.name())
                .param("scope", scopeUnitId)
                .update();
        return user;
    }
}
