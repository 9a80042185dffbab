package vn.ishc;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a PostgreSQL server, the migrations may run as the database's owner ({@code spring.flyway.user})
 * while the system connects as another role ({@code spring.datasource.username}); that role is then
 * given, after every migration, what the embedded database gives its application role, and no more.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty({"spring.datasource.url", "spring.flyway.user"})
class ServerDatabaseConfiguration {

    @Bean
    ApplicationRoleGrants serverApplicationRoleGrants(@Value("${spring.flyway.user}") String owner,
                                                      @Value("${spring.datasource.username}") String application) {
        if (owner.equals(application)) {
            throw new IllegalStateException("spring.flyway.user and spring.datasource.username are both " + owner
                    + "; leave spring.flyway.user unset for one role, or name two roles");
        }
        return new ApplicationRoleGrants(application);
    }
}
