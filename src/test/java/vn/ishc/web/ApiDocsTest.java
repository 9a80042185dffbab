package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesTheApiWithoutAskingClientsForTheirScope() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
                .contains("\"/api/v1/units/lookup\"", "\"/api/v1/villages\"", "ISHC API")
                .doesNotContain("\"name\":\"scope\"");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }

    @Test
    void healthIsOpenToMonitoringWithoutSignIn() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
    }
}
