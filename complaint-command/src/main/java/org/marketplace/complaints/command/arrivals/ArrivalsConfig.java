package org.marketplace.complaints.command.arrivals;

import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store as Axon's auto-configuration builds it (which backs off for this bean), telling the query
 * service of each commit on PostgreSQL (ArrivalNotifier). On H2 there is nobody to tell: the query service polls.
 * {@code complaints.events.notify=false} turns the notifications off (the query service then polls only).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ArrivalsConfig {

    @Bean
    ArrivalNotifier arrivalNotifier(DataSource dataSource, DataSourceProperties database,
                                    @Value("${complaints.events.notify:true}") boolean enabled) {
        boolean postgres = DatabaseDriver.fromJdbcUrl(database.determineUrl()) == DatabaseDriver.POSTGRESQL;
        return new ArrivalNotifier(new JdbcTemplate(dataSource), enabled && postgres);
    }

    @Bean
    EventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                          ArrivalNotifier notifier) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class));
        return new CommitAwareEventStore(builder, notifier::appended);
    }
}
