package org.marketplace.complaints.query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryServiceApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void health_isOpen_withoutCredentials() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"")
                .as("the database named, so that it shows when it is DOWN").contains("\"db\":{\"status\":\"UP\"}");
    }

    @Test
    void api_withoutCredentials_answers401() {
        assertThat(http.getForEntity("/api/anything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void api_withAWrongPassword_answers401() {
        assertThat(http.withBasicAuth("buyer-1", "wrong").getForEntity("/api/anything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void api_withADemoAccount_getsPastAuthentication() {
        // nothing is mapped yet: an authenticated caller reaches the (absent) endpoint
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/anything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void apiDocs_areOpen() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("\"openapi\"").contains("basicAuth");
        assertThat(docs.getBody()).as("every endpoint may answer 503 DATABASE_UNAVAILABLE")
                .contains("\"#/components/responses/DatabaseUnavailable\"").contains("Retry-After");
    }
}
