package org.marketplace.complaints.query.ops.balancing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every pooled processor claims at most this instance's share of its segments (SegmentShares, SegmentBalancer). */
@Configuration(proxyBeanMethods = false)
class BalancingConfig {

    @Bean
    ConfigurerModule segmentsPerInstance(SegmentShares shares) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxSegmentProvider(shares::of));
    }
}
