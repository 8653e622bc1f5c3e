package org.marketplace.complaints.query.detail;

import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.QueryServiceApplication;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The query service as a Spring context of its own on a given database, so that a test can stop it and start
 * another on the same data. The database comes first, under the name PostgresTestDatabase recognises (as
 * scaleout.QueryInstance does): otherwise every context would get a database of its own.
 */
final class QueryService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QueryService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static QueryService start(String database) {
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", database,
                "spring.datasource.username", TestDatabases.user(),
                "spring.datasource.password", TestDatabases.password())));
        return new QueryService(new SpringApplicationBuilder(QueryServiceApplication.class).environment(environment)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.org.axonframework=WARN",
                        "--complaints.query.rebuild.switch-check-interval=PT0.1S"));
    }

    void store(ComplaintStory story) {
        context.getBean(EventStore.class).publish(story.messages());
    }

    ComplaintDetail detail(ComplaintId id, Actor viewer) {
        return context.getBean(ComplaintDetailQueries.class).handle(new FindComplaintDetail(id, viewer));
    }

    ReadModelTables registry() {
        return context.getBean(ReadModelTables.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
