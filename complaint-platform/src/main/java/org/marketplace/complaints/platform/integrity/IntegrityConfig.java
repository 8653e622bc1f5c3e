package org.marketplace.complaints.platform.integrity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chain's keys for both services, from the one configuration they share: a key missing or malformed stops
 * the service at start-up, rather than sealing events nobody can verify later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegritySettings.class)
public class IntegrityConfig {

    @Bean
    ChainKeys chainKeys(IntegritySettings settings) {
        return settings.chainKeys();
    }
}
