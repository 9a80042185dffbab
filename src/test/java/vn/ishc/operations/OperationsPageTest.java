package vn.ishc.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.ishc.identity.Role;

/** The national administrators' operations page: the worker's state, the failed clubs with their errors, the instance. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsPageTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheClubsWhoseFiguresFailedWithTheirErrors() {
        jdbc.sql("insert into rpt_failed (club_id, error) values ('00000000-0000-0000-0000-0000000000f1', "
                + "'java.lang.IllegalStateException: the loan schedule does not balance')").update();
        try {
            assertThat(mvc.get().uri("/operations").with(user("ops-admin").roles(Role.NATIONAL_ADMIN.name())))
                    .hasStatusOk().bodyText()
                    .contains("Vận hành hệ thống", "00000000-0000-0000-0000-0000000000f1",
                            "the loan schedule does not balance", "Tên máy");
        } finally {
            jdbc.sql("delete from rpt_failed where club_id = '00000000-0000-0000-0000-0000000000f1'").update();
        }
    }

    @Test
    void isRefusedToOfficers() {
        assertThat(mvc.get().uri("/operations").with(user("ops-officer").roles(Role.PROVINCE_OFFICER.name())))
                .hasStatus(403);
    }
}
