package vn.ishc.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.identity.Role;

/** Reads users from the app_user table. */
@Repository
public class UserStore {

    static final RowMapper<UserRow> ROW = (rs, n) -> new UserRow(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
            Role.valueOf(rs.getString("role")), (Long) rs.getObject("scope_unit_id"), rs.getString("scope_path"), rs.getObject("scope_club_id", UUID.class), rs.getBoolean("enabled"),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> byUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(:u)").param("u", username)
                .query(ROW).optional();
    }

    public Optional<UserRow> byId(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(ROW).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
