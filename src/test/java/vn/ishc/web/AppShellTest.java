package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The application installs on a phone's home screen: every page links the manifest, its icons and the
 * script that registers the service worker; the worker lists the shell's files by their hashed names and
 * the page shown without a connection; a phone fetches all of these without signing in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppShellTest {

    @Autowired
    MockMvcTester mvc;

    String body(String uri) throws Exception {
        return mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String found(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }

    @Test
    void everyPageLinksTheManifestItsIconAndTheScriptThatInstallsTheServiceWorker() throws Exception {
        String page = body("/login");
        assertThat(page).contains("<meta name=\"theme-color\" content=\"#0b4f8a\">");
        String manifest = found(page, "<link rel=\"manifest\" href=\"(/manifest-[0-9a-f]{32}\\.webmanifest)\">");
        found(page, "<link rel=\"icon\" type=\"image/png\" href=\"(/icons/icon-192-[0-9a-f]{32}\\.png)\">");
        found(page, "<script src=\"(/js/app-[0-9a-f]{32}\\.js)\" defer data-sw=\"/sw\\.js\"></script>");
        // Its type, application/manifest+json, is Tomcat's (server.mime-mappings): PhonePagesWeightJourneyTest
        // checks it. A manifest is always read as UTF-8.
        assertThat(mvc.get().uri(manifest)).hasStatusOk();
        assertThat(body(manifest)).contains("\"name\": \"CLB Liên thế hệ tự giúp nhau\"", "\"short_name\": \"CLB LTH\"",
                "\"lang\": \"vi\"", "\"start_url\": \"./\"", "\"display\": \"standalone\"",
                "\"theme_color\": \"#0b4f8a\"", "\"sizes\": \"192x192\"", "\"sizes\": \"512x512\"");
    }

    @Test
    void theManifestsIconsAreServedWithoutSigningIn() {
        for (String icon : new String[] {"/icons/icon-192.png", "/icons/icon-512.png"}) {
            assertThat(mvc.get().uri(icon)).hasStatusOk().hasContentType("image/png");
        }
    }

    @Test
    void theServiceWorkerListsTheShellByHashedNamesAndIsAskedForAgainAtEachVisit() throws Exception {
        assertThat(mvc.get().uri("/sw.js")).hasStatusOk()
                .hasContentTypeCompatibleWith("text/javascript")
                .hasHeader("Cache-Control", "no-cache");
        String script = body("/sw.js");
        String shell = found(script, "const SHELL = (\\[.*?]);").replace("\\/", "/");
        assertThat(shell).containsPattern("\"/css/ishc-[0-9a-f]{32}\\.css\"")
                .containsPattern("\"/js/app-[0-9a-f]{32}\\.js\"")
                .containsPattern("\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js\"")
                .contains("\"/offline\"")
                .doesNotContain("\"/css/ishc.css\"");
        assertThat(found(script, "const VERSION = \"([0-9a-f]{32})\";")).hasSize(32);
        assertThat(script).contains("path.startsWith('api/')");
        String tag = mvc.get().uri("/sw.js").exchange().getResponse().getHeader("ETag");
        assertThat(mvc.get().uri("/sw.js").header("If-None-Match", tag)).as("unchanged, asked again")
                .hasStatus(304);
    }

    @Test
    void withoutAConnectionThePhoneShowsAPageInVietnameseThatNeedsNoSignIn() throws Exception {
        assertThat(mvc.get().uri("/offline")).hasStatusOk().headers()
                .hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        assertThat(body("/offline")).contains("Chưa có mạng").doesNotContain("action=\"/logout\"");
    }
}
