package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every answer carries a content security policy that runs no inline script, a referrer policy that keeps
 * addresses on the site, and, over TLS only, HSTS; and no page template holds a script the policy would
 * refuse (the journeys, in a real browser, fail on any refusal the policy reports).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesAndTheApiSayWhatMayRunAndWhereAddressesGo() {
        for (MvcTestResult answer : List.of(
                mvc.get().uri("/login").accept(MediaType.TEXT_HTML).exchange(),
                mvc.get().uri("/").with(user("headers").roles("NATIONAL_ADMIN")).accept(MediaType.TEXT_HTML).exchange(),
                mvc.get().uri("/api/v1/units").exchange())) {
            String policy = answer.getResponse().getHeader("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'");
            String scripts = Stream.of(policy.split(";")).map(String::trim)
                    .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
            assertThat(scripts).isEqualTo("script-src 'self'");
            assertThat(answer.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.getResponse().getHeader("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void stylesAndScriptsGoWithoutThePagesPolicies() {
        var answer = mvc.get().uri("/js/print.js").exchange();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getHeader("Content-Security-Policy")).isNull();
        assertThat(answer.getResponse().getHeader("Referrer-Policy")).isNull();
        assertThat(answer.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void overTlsTheBrowserIsToldToUseTlsForAYear() {
        String hsts = mvc.get().uri("/login").secure(true).exchange().getResponse()
                .getHeader("Strict-Transport-Security");
        assertThat(hsts).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(on[a-z]+|th:on[a-z]+|hx-on[:a-z-]*)\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsAnInlineScriptOrHandler() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                try {
                    String text = Files.readString(f);
                    return Stream.concat(INLINE_SCRIPT.matcher(text).results().map(m -> f + ": " + m.group()),
                            HANDLER.matcher(text).results().map(m -> f + ": " + m.group().trim()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(found).isEmpty();
        }
    }
}
