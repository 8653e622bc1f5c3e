package org.marketplace.complaints.query.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read side's now: which actions a summary offers depends on it (a response window closes), so views
 * take it from this bean rather than from Instant.now(), and a test may replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
