package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Pages name htmx without its version, and that address serves the script of the webjar. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theSignInPageLoadsHtmxByAnAddressWithoutVersionThatIsServed() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk().bodyText().contains("htmx");
    }
}
