package org.marketplace.complaints.platform.migration;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's Flyway start-up migrates through RetryingMigration. */
@Configuration(proxyBeanMethods = false)
public class MigrationConfig {

    @Bean
    FlywayMigrationStrategy retryingMigration() {
        return new RetryingMigration();
    }
}
