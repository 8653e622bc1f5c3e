package org.marketplace.complaints.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.platform.security.testing.IdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query service in production: no demo accounts, callers bring bearer JWTs from the identity provider (real
 * keys served over real HTTP); each role reaches its own endpoints and no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=false")
class BearerTokenQueryTest {

    private static final IdentityProvider provider = IdentityProvider.start();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry properties) {
        provider.trustProperties().forEach((name, value) -> properties.add(name, () -> value));
    }

    @AfterAll
    static void stopTheProvider() {
        provider.close();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void eachRolesToken_readsItsOwnViews() {
        assertThat(get("/api/my/complaints", provider.token("buyer-77", List.of("BUYER"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/shop/complaints", provider.token("seller-77", List.of("SELLER"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/arbitration/queue", provider.token("arbiter-77", List.of("ARBITRATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/ops/processors", provider.token("operator-77", List.of("OPERATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aBuyersToken_doesNotOpenTheOperationsApi() {
        ResponseEntity<JsonNode> answer = get("/api/ops/processors", provider.token("buyer-77", List.of("BUYER")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void aTokenFromAnotherIssuer_isUnauthenticated() {
        String foreign = provider.token("buyer-77", List.of("BUYER"), claims -> claims.issuer("https://elsewhere.example"));

        ResponseEntity<JsonNode> answer = get("/api/my/complaints", foreign);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().get("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theDemoAccounts_areOff() {
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/my/complaints", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
