package org.marketplace.complaints.query.ops.balancing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every pooled processor claims at most this instance's share of its segments (SegmentShares, SegmentBalancer). */
@Configuration(proxyBeanMethods = false)
class BalancingConfig {

    /**
     * Axon's builder asks the provider once itself, while building the processor, and refuses 0 there; an idle
     * processor (SegmentShares) is idle from its coordinator's first round on, before it claims anything.
     */
    @Bean
    ConfigurerModule segmentsPerInstance(SegmentShares shares) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> {
                    AtomicBoolean built = new AtomicBoolean();
                    return builder.maxSegmentProvider(processor -> built.getAndSet(true) ? shares.of(processor) : 1);
                });
    }
}
