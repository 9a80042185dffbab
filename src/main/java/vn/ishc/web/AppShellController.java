package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What makes the application an app on a phone: the page shown when there is no connection, and the
 * service worker that keeps the application's shell. The worker lists the shell's files by the hashed
 * names pages link, so it changes, and the phone updates it, whenever one of them does.
 */
@Controller
class AppShellController {

    static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    /**
     * The files every page needs (with the forms kept on the phone), and the scripts of the meeting's phone page and
     * the home visit, which are used where the connection is poor.
     */
    static final List<String> SHELL = List.of("/css/ishc.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon-512.png", "/css/meetings.css",
            "/js/meeting-phone.js", "/vendor/idb/umd.js", "/js/offline-forms.js", "/js/homecare-visit.js");

    private final ResourceUrlProvider urls;
    private final ITemplateEngine templates;

    AppShellController(ResourceUrlProvider urls, ITemplateEngine templates) {
        this.urls = urls;
        this.templates = templates;
    }

    @GetMapping("/offline")
    String offline() {
        return "web/offline";
    }

    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker(HttpServletRequest request, Locale locale) {
        String contextPath = request.getContextPath();
        List<String> shell = new ArrayList<>();
        for (String path : SHELL) {
            String hashed = urls.getForLookupPath(path);
            shell.add(contextPath + (hashed == null ? path : hashed));
        }
        String offline = contextPath + "/offline";
        shell.add(offline);
        String version = DigestUtils.md5DigestAsHex(String.join("\n", shell).getBytes(StandardCharsets.UTF_8));
        String script = templates.process("web/sw.js",
                new Context(locale, Map.of("version", version, "shell", shell, "offline", offline)));
        // Asked again at each visit, so that a new version reaches the phone at once; unchanged, the answer is a
        // few bytes (304 for the tag the phone sends back).
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache())
                .eTag(DigestUtils.md5DigestAsHex(script.getBytes(StandardCharsets.UTF_8))).body(script);
    }
}
