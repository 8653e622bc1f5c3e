package org.marketplace.complaints.query.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=false")
class DemoAccountsOffTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void demoAccounts_switchedOff_areRefused() {
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/anything", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void health_staysOpen_withoutDemoAccounts() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
