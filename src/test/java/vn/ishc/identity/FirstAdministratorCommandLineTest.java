package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Started with --ishc.create-admin and the password in ISHC_ADMIN_PASSWORD: the administrator exists, setup is closed. */
@SpringBootTest(properties = {"ishc.create-admin=root-admin", "ISHC_ADMIN_PASSWORD=mat-khau-rat-dai"})
class FirstAdministratorCommandLineTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FirstAdministrator setup;

    @Test
    void createsTheNationalAdministratorAndClosesTheSetupPage() {
        assertThat(jdbc.sql("select role || ' ' || scope_path || '|' from app_user where username = 'root-admin'")
                .query(String.class).single()).isEqualTo("NATIONAL_ADMIN |");
        assertThat(jdbc.sql("select password_hash from app_user where username = 'root-admin'").query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain("mat-khau");
        assertThat(setup.open()).isFalse();
    }
}
