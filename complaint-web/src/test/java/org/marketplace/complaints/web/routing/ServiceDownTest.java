package org.marketplace.complaints.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.FakeService;
import org.marketplace.complaints.web.support.Reply;
import org.marketplace.complaints.web.support.Services;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command service is down (nothing listens at its address): its calls answer problem+json, never an HTML page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceDownTest {

    private static final FakeService query = FakeService.start("query");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        Services.register(properties, Services.nothingListening(), query.url());
    }

    @AfterAll
    static void stop() {
        query.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aChange_whileTheCommandServiceIsDown_isServiceUnavailable() {
        Browser browser = new Browser(port);
        browser.login("buyer-1", "demo");

        Reply reply = browser.post("/api/complaints", "{}", "Accept", "text/html");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problemCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.json().path("detail").asText()).contains("command service");
    }

    @Test
    void readsStillWork() {
        Browser browser = new Browser(port);
        browser.login("buyer-1", "demo");

        assertThat(browser.get("/api/my/complaints").status()).isEqualTo(200);
    }
}
