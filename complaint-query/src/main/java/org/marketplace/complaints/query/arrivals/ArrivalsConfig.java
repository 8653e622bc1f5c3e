package org.marketplace.complaints.query.arrivals;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * On PostgreSQL the processors hear of new events from the command service's notifications (PostgresArrivals);
 * the store's poll (complaints.query.event-poll-interval) stays as the fallback. On H2, and with
 * {@code complaints.events.notify=false}, they read by polling alone.
 */
@Configuration(proxyBeanMethods = false)
class ArrivalsConfig {

    @Bean
    @ConditionalOnExpression("${complaints.events.notify:true} and '${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
    PostgresArrivals postgresArrivals(DataSourceProperties database, TellableEventStore store) {
        SimpleDriverDataSource unpooled = database.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
        return new PostgresArrivals(unpooled, store);
    }
}
