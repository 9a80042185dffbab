package vn.ishc.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ishc.identity.UserAccounts;

/**
 * A journey: a person using the running application in a real browser, Debian's Chromium, on a
 * phone-sized screen. The application starts once for all journey classes (they share this
 * configuration, so Spring caches it); each class gets one browser and each test a fresh browser
 * context, so no cookie or session carries over. A failing test leaves a screenshot in
 * {@code target/journeys/<class>.<test>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(JourneyTestBase.ScreenshotOnFailure.class)
public abstract class JourneyTestBase {

    static final Path CHROMIUM = Path.of(System.getProperty("ishc.chromium", "/usr/bin/chromium"));
    static final Path OUTPUT = Path.of("target/journeys").toAbsolutePath();
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private UserAccounts accounts;

    private BrowserContext context;
    /** The page of the current test. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() throws IOException {
        Path home = OUTPUT.resolve("browser");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("XDG_CONFIG_HOME", Files.createDirectories(home.resolve("config")).toString());
        env.put("XDG_CACHE_HOME", Files.createDirectories(home.resolve("cache")).toString());
        env.put("TMPDIR", Files.createDirectories(home.resolve("tmp")).toString());
        // The browser is Debian's; Playwright must never fetch one of its own.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS)
                .setEnv(env));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        // Anything the pages' content security policy refuses (an inline script, a handler, a foreign
        // file) is reported on the console: a journey that meets one fails.
        policyRefusals.clear();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyRefusals.add(message.text());
            }
        });
    }

    private final List<String> policyRefusals = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        org.assertj.core.api.Assertions.assertThat(policyRefusals)
                .as("scripts or files the content security policy refused").isEmpty();
    }

    /** A phone (360 × 740) set to Vietnam; a journey on a wider screen overrides this. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh");
    }

    /** Where the application answers, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * The application's address followed by a path and query written as a regular expression, for
     * URL assertions: {@code at("/(\\?continue)?")}. Playwright runs it in the browser, so only
     * JavaScript regular expression syntax works.
     */
    protected Pattern at(String pathRegex) {
        return Pattern.compile("^" + baseUrl() + pathRegex + "$");
    }

    /** Opens a path of the application, such as {@code "/"} or {@code "/login"}. */
    protected void open(String path) {
        page.navigate(baseUrl() + path);
    }

    /** Signs in through the sign-in form, as a person would, and waits for the next page. */
    protected void signIn(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        String form = baseUrl() + "/login";
        page.waitForURL(url -> !url.equals(form));
    }

    /**
     * Signs out with the button in the page header and waits for the sign-in page: the page first
     * forgets the pages kept on the phone, so the form is sent a moment after the click.
     */
    protected void signOut() {
        page.locator("form[action$='/logout'] button").click();
        page.waitForURL(url -> url.startsWith(baseUrl() + "/login"));
    }

    /** Creates users for the journey. */
    protected JourneyUsers users() {
        return new JourneyUsers(accounts);
    }

    /** Keeps a picture of the page in target/journeys/, for a person reviewing how the pages look. */
    protected void snapshot(String name) {
        screenshot(getClass().getSimpleName() + "." + name);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(OUTPUT);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve(name + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs before {@code @AfterEach}, while the page is still open. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isPresent()
                    && context.getTestInstance().orElse(null) instanceof JourneyTestBase journey && journey.page != null) {
                journey.screenshot(context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName());
            }
        }
    }
}
