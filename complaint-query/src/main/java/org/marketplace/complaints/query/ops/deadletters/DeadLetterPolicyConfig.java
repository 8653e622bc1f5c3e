package org.marketplace.complaints.query.ops.deadletters;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queues themselves come from Axon's Spring Boot support (dlq.enabled in application.properties, JDBC
 * because a DataSource is present; table DeadLetterEntry, V14); only the decision what to keep is ours.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterPolicyConfig {

    @Bean
    ConfigurerModule retryCountingDeadLetters() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultDeadLetterPolicy(configuration -> new RetryCountingPolicy());
    }
}
