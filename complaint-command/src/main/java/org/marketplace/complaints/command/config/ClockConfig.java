package org.marketplace.complaints.command.config;

import java.time.Clock;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time enters the aggregate only through commands; this clock stamps them (a test may replace it). */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Built once at start-up, so a bad window in the configuration stops the service instead of a filing. */
    @Bean
    DeadlinePolicy deadlinePolicy(DeadlineWindows windows) {
        return windows.toPolicy();
    }
}
