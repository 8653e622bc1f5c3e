package org.marketplace.complaints.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/me (the platform's CallerController) names the caller as the service sees them, for a demo account
 * over HTTP Basic and for a bearer JWT alike: the web front door relies on it to check a login and to learn roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=true")
class CallerEndpointTest {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    @Autowired
    TestRestTemplate http;

    @Test
    void aDemoAccount_isNamedWithItsRole() {
        ResponseEntity<JsonNode> answer = http.withBasicAuth("seller-2", "demo").getForEntity("/api/me", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("id").asText()).isEqualTo("seller-2");
        assertThat(answer.getBody().get("roles")).extracting(JsonNode::asText).containsExactly("SELLER");
    }

    @Test
    void aBearerToken_isNamedBySubject_withOnlyTheRolesThePlatformKnows() {
        ResponseEntity<JsonNode> answer = withToken(tokens.token("operator-9", "OPERATOR", "AUDITOR", "ADMIN"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("id").asText()).isEqualTo("operator-9");
        assertThat(answer.getBody().get("roles")).extracting(JsonNode::asText).containsExactly("AUDITOR", "OPERATOR");
    }

    @Test
    void aTokenWithoutAKnownRole_isStillAnswered_withNoRoles() {
        ResponseEntity<JsonNode> answer = withToken(tokens.token("someone"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("roles")).isEmpty();
    }

    @Test
    void aWrongPassword_orNoCredentials_isUnauthenticated() {
        ResponseEntity<JsonNode> wrong = http.withBasicAuth("buyer-1", "wrong").getForEntity("/api/me", JsonNode.class);
        ResponseEntity<JsonNode> none = http.getForEntity("/api/me", JsonNode.class);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getBody().get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> withToken(String token) {
        return BearerTokens.get(http, "/api/me", BearerTokens.bearer(token));
    }
}
