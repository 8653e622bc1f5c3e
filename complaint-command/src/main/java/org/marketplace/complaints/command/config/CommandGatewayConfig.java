package org.marketplace.complaints.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway the HTTP endpoints send through; replaces Axon's default one to add the retry policy. */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfig {

    @Bean
    ConcurrencyRetryScheduler concurrencyRetryScheduler() {
        return ConcurrencyRetryScheduler.create(3, 50);
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrencyRetryScheduler retryScheduler) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retryScheduler).build();
    }
}
