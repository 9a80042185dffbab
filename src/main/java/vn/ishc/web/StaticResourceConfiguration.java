package vn.ishc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Static files are served under names that carry a hash of their content ({@code /css/ishc-<hash>.css},
 * configured in application.yml), so that a phone keeps them for a year and fetches a file again only when
 * it changed. Pages write the plain name ({@code @{/css/ishc.css}}); {@link StaticLinks} turns it into the
 * hashed one. Spring's own link-rewriting filter stays off: it looks every link of a page up on the class
 * path (hundreds on a province's club list, most of the page's time), while only links under the static
 * folders can name a file. The webjars are served without their version in the path
 * (/webjars/htmx.org/dist/...) by the resource handler's own resolver.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

    /** The folders of static files, and the files at the root, whose links get the hashed name. */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/", "/icons/", "/vendor/",
            "/manifest.webmanifest");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Scripts written from a template (the service worker, templates/web/sw.js), in Thymeleaf's JavaScript mode. */
    @Bean
    SpringResourceTemplateResolver scriptTemplates(ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix("classpath:/templates/");
        resolver.setResolvablePatterns(Set.of("*.js"));
        resolver.setTemplateMode(TemplateMode.JAVASCRIPT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }

    @Bean
    FilterRegistrationBean<StaticLinks> staticLinks(ObjectProvider<ResourceUrlProvider> urls) {
        return new FilterRegistrationBean<>(new StaticLinks(urls));
    }

    /** Writes the hashed name for links to static files, and leaves every other link as it is. */
    static final class StaticLinks extends OncePerRequestFilter {

        private final ObjectProvider<ResourceUrlProvider> urls;

        StaticLinks(ObjectProvider<ResourceUrlProvider> urls) {
            this.urls = urls;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contextPath = request.getContextPath();
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(hashed(contextPath, url));
                }
            });
        }

        String hashed(String contextPath, String url) {
            if (!url.startsWith(contextPath)) {
                return url;
            }
            int end = endOfPath(url);
            String path = url.substring(contextPath.length(), end);
            if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
                return url;
            }
            String found = urls.getObject().getForLookupPath(path);
            return found == null ? url : contextPath + found + url.substring(end);
        }

        private static int endOfPath(String url) {
            int query = url.indexOf('?');
            int fragment = url.indexOf('#');
            int end = url.length();
            if (query >= 0) {
                end = query;
            }
            if (fragment >= 0 && fragment < end) {
                end = fragment;
            }
            return end;
        }
    }
}
