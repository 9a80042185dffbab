package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Pages link static files by names that carry a hash of their content; those files may be kept for a year,
 * while pages, which carry personal data, are never stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

    static final Pattern HASHED_CSS = Pattern.compile("href=\"(/css/ishc-[0-9a-f]{32}\\.css)\"");
    static final Pattern HASHED_HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js)\"");
    static final long YEAR = 365L * 24 * 3600;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theSignInPageLinksItsStyleAndHtmxByHashedNamesThatAreServedAndKeptForAYear() throws Exception {
        String page = mvc.get().uri("/login").exchange().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        for (Pattern link : new Pattern[] {HASHED_CSS, HASHED_HTMX}) {
            Matcher m = link.matcher(page);
            assertThat(m.find()).as("%s in the sign-in page", link).isTrue();
            assertThat(mvc.get().uri(m.group(1))).hasStatusOk()
                    .hasHeader("Cache-Control", "max-age=" + YEAR + ", public");
        }
    }

    @Test
    void linksToPagesAreLeftAsWritten() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("class=\"brand\" href=\"/\"")
                .doesNotContain("href=\"/css/ishc.css\"");
    }

    @Test
    void aStyleAskedForByItsPlainNameIsStillServed() {
        assertThat(mvc.get().uri("/css/ishc.css")).hasStatusOk().bodyText().contains("--accent");
    }

    @Test
    void pagesAreNeverStored() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().headers()
                .hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    @WithMockUser(roles = "NATIONAL_ADMIN")
    void theApiIsNeverStored() {
        assertThat(mvc.get().uri("/api/v1/units")).headers()
                .hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }
}
