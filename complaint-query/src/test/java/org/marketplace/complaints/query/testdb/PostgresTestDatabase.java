package org.marketplace.complaints.query.testdb;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL run of the tests, gives every Spring context (every SpringApplication the tests start) a
 * database of its own on the server, already migrated (Flyway then finds nothing to do), ahead of every other datasource setting, as config/application.properties
 * gives each one an in-memory H2 database in the default run: contexts that shared one would fight over token
 * claims. Registered in META-INF/spring.factories of the test classpath.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabases.onPostgres() || environment.getPropertySources().contains("postgresTestDatabase")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", TestDatabases.migratedUrl(),
                "spring.datasource.username", TestDatabases.user(),
                "spring.datasource.password", TestDatabases.password())));
    }
}
