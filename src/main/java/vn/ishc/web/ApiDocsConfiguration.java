package vn.ishc.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ishc.identity.CurrentUser;
import vn.ishc.shared.AreaScope;

/** The API description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static {
        // The caller's scope and identity come from the session, never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AreaScope.class, CurrentUser.class);
    }

    @Bean
    OpenAPI ishcOpenApi() {
        return new OpenAPI().info(new Info().title("ISHC API").version("v1")
                .description("Intergenerational Self-Help Clubs: administrative units, villages and users. "
                        + "Every call is limited to the caller's area; errors are RFC 9457 problem details."));
    }
}
