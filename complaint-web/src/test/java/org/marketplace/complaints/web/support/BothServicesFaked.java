package org.marketplace.complaints.web.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web service on a random port in front of two stand-in services that answer like the command and query
 * services and record what reached them. Shared by the test classes that need both up: one pair of stand-ins and
 * so one Spring context for all of them. The stand-ins are never closed: they live as long as the test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BothServicesFaked {

    protected static final FakeService command = FakeService.start("command");
    protected static final FakeService query = FakeService.start("query");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        Services.register(properties, command.url(), query.url());
    }

    @LocalServerPort
    protected int port;

    /** A new browser (no cookies) for each test, and stand-ins that have seen nothing yet. */
    protected Browser browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browser(port);
        command.reset();
        query.reset();
    }
}
