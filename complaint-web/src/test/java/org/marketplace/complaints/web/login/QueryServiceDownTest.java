package org.marketplace.complaints.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.Reply;
import org.marketplace.complaints.web.support.Services;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The query service checks every demo login: while it is down a login is unavailable, not refused or a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryServiceDownTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        Services.register(properties, Services.nothingListening(), Services.nothingListening());
    }

    @LocalServerPort
    int port;

    @Test
    void aLogin_whileTheQueryServiceIsDown_isServiceUnavailable() {
        Browser browser = new Browser(port);

        Reply login = browser.login("buyer-1", "demo");

        assertThat(login.status()).isEqualTo(503);
        assertThat(login.problemCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(browser.cookie(Browser.SESSION_COOKIE)).isNull();
        assertThat(browser.get("/auth/options").status()).isEqualTo(200);
    }
}
