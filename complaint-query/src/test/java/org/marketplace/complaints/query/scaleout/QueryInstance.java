package org.marketplace.complaints.query.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.QueryServiceApplication;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * One query-service instance as a Spring context of its own in this JVM, on a random port and on the database
 * it shares with the other instances of the test (testdb.TestDatabases: in-memory H2, or PostgreSQL in that run
 * of the tests). The database comes in a property source ahead of all others, under the name by which the
 * PostgreSQL run's PostgresTestDatabase recognises a context that has one already: otherwise it, and the test's
 * config/application.properties in the H2 run, would give each context a database of its own.
 */
final class QueryInstance implements AutoCloseable {

    /** Quicker rounds than production's, so that segments move within a test's patience. */
    private static final List<String> FAST = List.of(
            "--complaints.query.balancing.interval=PT0.3S",
            "--complaints.query.rebuild.switch-check-interval=PT0.1S",
            "--logging.level.org.axonframework=WARN",
            "--spring.main.banner-mode=off");

    final String nodeId;
    private final ConfigurableApplicationContext context;
    private final TestRestTemplate http;

    private QueryInstance(String nodeId, ConfigurableApplicationContext context) {
        this.nodeId = nodeId;
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    /** {@code database}: a migrated database's URL (TestDatabases.migratedUrl()). */
    static QueryInstance start(String database, String nodeId) {
        List<String> arguments = new ArrayList<>(FAST);
        arguments.add("--server.port=0");
        arguments.add("--complaints.query.node-id=" + nodeId);
        for (String processor : TwoInstancesTest.READ_MODELS) {
            arguments.add("--axon.eventhandling.processors." + processor + ".token-claim-interval=300");
        }
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", database,
                "spring.datasource.username", TestDatabases.user(),
                "spring.datasource.password", TestDatabases.password())));
        return new QueryInstance(nodeId, new SpringApplicationBuilder(QueryServiceApplication.class)
                .environment(environment).run(arguments.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The segments this instance's processor claims, from its own statuses. */
    /** The segments this instance claims of the read model's live processor (readmodel.tables). */
    int claimed(String readModel) {
        String live = bean(ReadModelTables.class).state(readModel).activeProcessor();
        return bean(EventProcessingConfiguration.class).eventProcessor(live, StreamingEventProcessor.class)
                .orElseThrow().processingStatus().size();
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    JsonNode processor(String name) {
        JsonNode all = as("operator-1").getForObject("/api/ops/processors", JsonNode.class);
        return StreamSupport.stream(all.spliterator(), false).filter(p -> p.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}
