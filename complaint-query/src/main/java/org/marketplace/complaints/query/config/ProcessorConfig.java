package org.marketplace.complaints.query.config;

import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.marketplace.complaints.query.freshness.BatchCommits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every read model's event processor runs; modes, segments and batch sizes are in application.properties.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfig {

    /**
     * A projection's failure is propagated instead of Axon's default of logging it and moving on (a read model
     * that silently skipped an event would be wrong forever): the dead-letter queue (dlq.enabled in
     * application.properties) then parks the event and that complaint's later events, in order, while the
     * other complaints go on; operators list and retry them (ops.deadletters). Every processor also tells the
     * read-your-writes waiters when one of its batches is done, and counts the events it handled here.
     */
    @Bean
    ConfigurerModule readModelProcessing(BatchCommits commits) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processorName) -> commits.interceptor(processorName));
    }

    /**
     * No correlation data. Axon's default provider (MessageOriginProvider) copies a handled message's ids into the
     * messages sent while handling it, and the read models send none; yet Axon asks it once per event (for the
     * result of each handler call, which is then dropped), and the provider reads the event's metadata, so every
     * event's metadata JSON was deserialized for nothing: a sixth of a rebuild's projection CPU in a flight
     * recording (docs/performance.md). Being a CorrelationDataProvider bean, this switches the default off.
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }
}
