package org.marketplace.complaints.command.integrity;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The write side's event storage: wired as Axon's JDBC auto-configuration wires it (which backs off for this
 * bean), with the hash chain added on append.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfig {

    /** Axon's default: a complaint's history is read this many events per query. */
    private static final int BATCH_SIZE = 100;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, DataSource dataSource,
                                          ChainKeys chainKeys, AppendedPositions appendedPositions) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                // Axon's own for its JDBC store (what tells a concurrent append of one sequence number apart)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                // the default table and column names, which the Flyway migrations create
                .schema(new EventSchema())
                // Axon's JDBC store reads an aggregate until a query comes back empty, one extra round trip per
                // load. Its batches are ranges of sequence numbers, and this store never removes an event (the
                // hash chain would break, docs/integrity.md): a range that is not full is the end of the stream.
                .batchSize(BATCH_SIZE)
                .finalAggregateBatchPredicate(batch -> batch.size() < BATCH_SIZE);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        return new HashChainingEventStorageEngine(builder, new AppendGuard(jdbc, isPostgres(dataSource)),
                new EventHashWriter(jdbc, chainKeys), appendedPositions);
    }

    /** PostgreSQL has advisory locks; on the embedded H2, one command service writes and Axon's lock suffices. */
    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException unreadable) {
            throw new IllegalStateException("cannot tell which database the event store is on", unreadable);
        }
    }
}
