package vn.ishc.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files: the webjars are served without their version in the path (/webjars/htmx.org/dist/...)
 * by the resource handler's own resolver. The link-rewriting filter that comes with it is switched
 * off: it looked every link of a page up on the class path (hundreds on a province's club list, most
 * of the page's time) and there are no versioned file names for it to write.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
