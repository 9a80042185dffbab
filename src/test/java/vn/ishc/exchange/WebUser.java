package vn.ishc.exchange;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the running server over HTTP as a browser does: signed in with a session cookie,
 * sending the page's CSRF token with a form, uploading a file as a form field.
 */
final class WebUser {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private WebUser(int port) {
        this.port = port;
    }

    static WebUser signedIn(int port, String username, String password) throws IOException, InterruptedException {
        WebUser user = new WebUser(port);
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
                + enc(csrf(user.get("/login").body()));
        HttpResponse<String> signedIn = user.http.send(HttpRequest.newBuilder(user.uri("/login")).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode());
        }
        return user;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form of the page at {@code page} sent with {@code file} in its file field, as a browser sends it. */
    HttpResponse<String> uploadFromPage(String page, String action, Path file) throws IOException, InterruptedException {
        return upload(action, file, csrf(get(page).body()), null);
    }

    /** The form sent without the page's CSRF token, as a foreign page would send it. */
    HttpResponse<String> uploadWithoutToken(String action, Path file) throws IOException, InterruptedException {
        return upload(action, file, null, null);
    }

    /** {@code file} sent to the API in the field {@code file}, asking for answers in {@code language}. */
    /** An upload to the API riding on the session, with the session's CSRF token in its header as a script sends it. */
    HttpResponse<String> uploadToApi(String path, Path file, String language) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(get("/").body());
        if (!m.find()) {
            throw new AssertionError("the home page gives no CSRF token");
        }
        return upload(path, file, null, language, m.group(1));
    }

    private HttpResponse<String> upload(String path, Path file, String csrf, String language)
            throws IOException, InterruptedException {
        return upload(path, file, csrf, language, null);
    }

    private HttpResponse<String> upload(String path, Path file, String csrf, String language, String csrfHeader)
            throws IOException, InterruptedException {
        String boundary = "----ishc-" + UUID.randomUUID();
        // A browser sends the form's fields in their order: the page's token comes first.
        String head = (csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf + "\r\n")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(WAIT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no form with a CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
