package org.marketplace.complaints.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The query service: read models, audit and operations API over the complaints' event store.
 * Boot's generated-password user is excluded: the only accounts are the demo accounts, and only when
 * they are switched on (see {@code security.DemoAccounts}).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
