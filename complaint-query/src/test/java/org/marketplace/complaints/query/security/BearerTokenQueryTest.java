package org.marketplace.complaints.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The query service in production: no demo accounts, callers bring bearer JWTs from the identity provider (real
 * keys served over real HTTP); each role reaches its own endpoints and no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=false")
class BearerTokenQueryTest {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    @Autowired
    TestRestTemplate http;

    @Test
    void eachRolesToken_readsItsOwnViews() {
        assertThat(get("/api/my/complaints", tokens.token("buyer-77", "BUYER")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/shop/complaints", tokens.token("seller-77", "SELLER")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/arbitration/queue", tokens.token("arbiter-77", "ARBITRATOR")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/ops/processors", tokens.token("operator-77", "OPERATOR")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aBuyersToken_doesNotOpenTheOperationsApi() {
        ResponseEntity<JsonNode> answer = get("/api/ops/processors", tokens.token("buyer-77", "BUYER"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void aTokenFromAnotherIssuer_isUnauthenticated() {
        String foreign = tokens.provider().token("buyer-77", List.of("BUYER"),
                claims -> claims.issuer("https://elsewhere.example"));

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
        return BearerTokens.get(http, path, BearerTokens.bearer(token));
    }
}
