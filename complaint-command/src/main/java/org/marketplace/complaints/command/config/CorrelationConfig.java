package org.marketplace.complaints.command.config;

import java.util.List;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Correlation metadata on every event, including those a deadline applies. */
@Configuration(proxyBeanMethods = false)
class CorrelationConfig {

    /** Being a CorrelationDataProvider bean, it switches Axon's default MessageOriginProvider off. */
    @Bean
    CorrelationDataProvider requestCorrelationDataProvider() {
        return new RequestCorrelationDataProvider();
    }

    /**
     * Axon registers correlation providers on the command bus only; without this interceptor the events a
     * deadline applies would carry no actor and no correlationId at all.
     */
    @Bean
    InitializingBean deadlineCorrelation(DeadlineManager deadlineManager, List<CorrelationDataProvider> providers) {
        return () -> deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }
}
