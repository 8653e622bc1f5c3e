package org.marketplace.complaints.query.config;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.marketplace.complaints.query.arrivals.TellableEventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The event store the processors read, as Axon's auto-configuration builds it but for how it hears of new events. The
 * events are appended by the command service, another process: on PostgreSQL it notifies this one (arrivals, where the
 * store's streams call the processors back on arrival), and the table is polled besides, for a notification missed and
 * for H2. Axon's default pause of a second between empty polls would make a read-your-writes wait up to a second on
 * H2; a poll of the primary-key index every 50 ms costs little. Axon's JDBC storage engine backs off once an event
 * store is defined here, so it is defined here too.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfig {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connections,
                                          TransactionManager transactions,
                                          @Value("${complaints.query.event-batch-size:1000}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .connectionProvider(connections)
                .transactionManager(transactions)
                // the default schema: the table and column names of the V1 migration
                .schema(new EventSchema())
                // events read per query: a rebuild reads the whole store, and Axon's default of 100 is a round trip
                // per 100 events (measured: 38,000 events/s read and deserialized with 100, 48,000 with 1,000)
                .batchSize(batchSize)
                .build();
    }

    @Bean
    TellableEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${complaints.query.event-poll-interval:PT0.05S}") Duration pollInterval) {
        return new TellableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis()));
    }
}
