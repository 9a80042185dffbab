package vn.ishc.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * An upload over the size limit reaches its handler, whose error advice answers it in the user's
 * language (413). Left alone, Tomcat refuses to parse such a request and then fails every later look
 * at its parameters, the CSRF check's first, so the user got Tomcat's English error page. This filter
 * parses a multipart request before the CSRF check; when Tomcat refuses it for its size, the request
 * goes on with the parameters of its URL only, needs no CSRF token (nothing is done with it: it is
 * refused), and asking for its parts gives Tomcat's refusal, which Spring reports as an upload too large.
 */
final class OversizedUploads extends OncePerRequestFilter {

    private static final String REFUSED = OversizedUploads.class.getName() + ".refused";

    /** Whether the request is an upload refused for its size. */
    static boolean refused(HttpServletRequest request) {
        return request.getAttribute(REFUSED) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            // The servlet API's word for a request or a part over its multipart limit.
            request.setAttribute(REFUSED, tooLarge);
            chain.doFilter(new Refused(request, tooLarge), response);
            return;
        } catch (IOException | ServletException damaged) {
            // A damaged multipart body: whoever reads it meets the error, as without this filter.
        }
        chain.doFilter(request, response);
    }

    /** A refused upload: its URL's parameters, and its parts that are not there. */
    private static final class Refused extends HttpServletRequestWrapper {
        private final IllegalStateException refusal;
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Refused(HttpServletRequest request, IllegalStateException refusal) {
            super(request);
            this.refusal = refusal;
            MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(request.getQueryString())
                    .build().getQueryParams();
            query.forEach((name, values) -> parameters.put(decode(name),
                    values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
        }

        private static String decode(String s) {
            return UriUtils.decode(s.replace('+', ' '), StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw refusal;
        }

        @Override
        public Part getPart(String name) {
            throw refusal;
        }
    }

}
