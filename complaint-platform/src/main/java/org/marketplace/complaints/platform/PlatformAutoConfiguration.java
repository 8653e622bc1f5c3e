package org.marketplace.complaints.platform;

import org.marketplace.complaints.platform.integrity.IntegrityConfig;
import org.marketplace.complaints.platform.migration.MigrationConfig;
import org.marketplace.complaints.platform.security.ActorArgumentConfig;
import org.marketplace.complaints.platform.security.CallerController;
import org.marketplace.complaints.platform.security.DemoAccounts;
import org.marketplace.complaints.platform.security.SecurityConfig;
import org.marketplace.complaints.platform.security.SecuritySettings;
import org.marketplace.complaints.platform.serialization.JacksonConfig;
import org.marketplace.complaints.platform.web.WebProblemHandlers;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * What both services share: HTTP Basic with the demo accounts and OAuth2 bearer JWTs, problem+json for every error,
 * the Jackson mappers (one for HTTP, one for stored messages), the hash chain's keys, and migrations that survive
 * both services starting at once. Each service adds its own EndpointRules and ProblemTranslators.
 */
// before the auto-configurations whose beans back off when ours exist (mappers, users, the filter chain, /error)
@AutoConfiguration(before = {JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class},
        beforeName = "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration")
@EnableConfigurationProperties(SecuritySettings.class)
@Import({JacksonConfig.class, DemoAccounts.class, SecurityConfig.class, CallerController.class,
        ActorArgumentConfig.class, WebProblemHandlers.class, IntegrityConfig.class, MigrationConfig.class})
public class PlatformAutoConfiguration {
}
