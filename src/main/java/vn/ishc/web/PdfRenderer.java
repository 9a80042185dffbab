package vn.ishc.web;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.ishc.shared.VietnameseText;

/**
 * Turns a page template into a printed document: Thymeleaf writes the HTML (the same template a
 * browser prints), openhtmltopdf lays it out as a PDF. DejaVu Sans is embedded so every Vietnamese
 * letter and tone mark prints, whatever fonts the reader's machine has. The template may link the
 * application's own stylesheets ({@code @{/css/print.css}}); they are read from the class path, and
 * nothing else is fetched. The variable {@code pdf} is true while a PDF is made, for what only a
 * screen should show (a print button, a back link).
 */
@Component
public class PdfRenderer {

    /** The font family the print stylesheet names; it covers the whole Vietnamese alphabet. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private static final String BASE_URI = "classpath:/static/";
    private static final java.util.regex.Pattern HASHED_NAME = java.util.regex.Pattern.compile("-[0-9a-f]{32}(\\.\\w+)$");

    private final ITemplateEngine templates;
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template as HTML, in the locale's language. */
    public String html(String template, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putIfAbsent("pdf", false);
        return templates.process(template, context(variables, locale));
    }

    /** The template as a PDF document. */
    public byte[] pdf(String template, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("pdf", true);
        String html = templates.process(template, context(variables, locale));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (FontStyle style : FontStyle.values()) {
                // No oblique face is shipped: a slanted style uses the upright one rather than a font without the glyphs.
                builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, style, true);
                builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, style, true);
            }
            builder.useUriResolver((base, uri) -> resolve(uri, contextPath()));
            builder.useProtocolsStreamImplementation(new ClassPathStreams(), "classpath");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, "")), BASE_URI);
            builder.withProducer("ISHC");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF as a download with its file name. */
    public static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(pdf);
    }

    /**
     * A file name in plain ASCII from its parts ("Sổ vay", "Nguyễn Thị Hường", "2025-09-01" →
     * so-vay-nguyen-thi-huong-2025-09-01.pdf), which every browser and mail program keeps as it is.
     */
    public static String fileName(String extension, Object... parts) {
        StringBuilder name = new StringBuilder();
        for (Object part : parts) {
            String slug = VietnameseText.searchKey(String.valueOf(part)).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            if (!slug.isEmpty()) {
                name.append(name.isEmpty() ? "" : "-").append(slug);
            }
        }
        return (name.isEmpty() ? "document" : name) + "." + extension;
    }

    /** A link of the page as a class-path address of a static file; null (not loaded) for anything else. */
    static String resolve(String uri, String contextPath) {
        if (uri == null) {
            return null;
        }
        if (uri.startsWith("classpath:/static/")) {
            return uri;
        }
        String path = !contextPath.isEmpty() && uri.startsWith(contextPath + "/") ? uri.substring(contextPath.length()) : uri;
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("..") || path.contains("\\")) {
            return null;
        }
        // Pages link static files by a name carrying a hash of their content (print-<hash>.css): the file is print.css.
        return "classpath:/static" + HASHED_NAME.matcher(path).replaceFirst("$1");
    }

    private IContext context(Map<String, Object> variables, Locale locale) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            HttpServletRequest request = attributes.getRequest();
            HttpServletResponse response = attributes.getResponse();
            return new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), locale, variables);
        }
        return new Context(locale, variables);
    }

    private static String contextPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getContextPath() : "";
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads classpath:/static/... addresses, the only ones {@link #resolve} gives. */
    private static final class ClassPathStreams implements FSStreamFactory {

        @Override
        public FSStream getUrl(String uri) {
            String path = uri.substring("classpath:".length());
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return PdfRenderer.class.getResourceAsStream(path);
                }

                @Override
                public Reader getReader() {
                    InputStream in = getStream();
                    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
                }
            };
        }
    }
}
