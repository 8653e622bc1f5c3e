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
 * GET /api/me (the platform's CallerController) names the caller as the service sees them, for a demo account
 * over HTTP Basic and for a bearer JWT alike: the web front door relies on it to check a login and to learn roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=true")
class CallerEndpointTest {

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
    void aDemoAccount_isNamedWithItsRole() {
        ResponseEntity<JsonNode> answer = http.withBasicAuth("seller-2", "demo").getForEntity("/api/me", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("id").asText()).isEqualTo("seller-2");
        assertThat(answer.getBody().get("roles")).extracting(JsonNode::asText).containsExactly("SELLER");
    }

    @Test
    void aBearerToken_isNamedBySubject_withOnlyTheRolesThePlatformKnows() {
        ResponseEntity<JsonNode> answer = withToken(provider.token("operator-9", List.of("OPERATOR", "AUDITOR", "ADMIN")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("id").asText()).isEqualTo("operator-9");
        assertThat(answer.getBody().get("roles")).extracting(JsonNode::asText).containsExactly("AUDITOR", "OPERATOR");
    }

    @Test
    void aTokenWithoutAKnownRole_isStillAnswered_withNoRoles() {
        ResponseEntity<JsonNode> answer = withToken(provider.token("someone", List.of()));

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
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
