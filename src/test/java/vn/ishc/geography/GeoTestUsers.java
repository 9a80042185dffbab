package vn.ishc.geography;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users for geography's web tests, stored directly: what is tested here is what their scope lets them see. */
final class GeoTestUsers {

    private GeoTestUsers() {
    }

    static void ensure(JdbcClient jdbc, String username, String role, Long scopeUnitId) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, role, scope_unit_id, created_by, updated_by)
                values (:id, :u, :u, '{noop}unused', :role, :scope, 'test', 'test')
                on conflict (lower(username)) do nothing""")
                .param("id", UUID.randomUUID()).param("u", username).param("role", role).param("scope", scopeUnitId)
                .update();
    }
}
