package org.marketplace.complaints.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.security.testing.IdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Only the issuer configured: the service finds the JWK set through OpenID discovery at the first token, not at
 * start-up, so it starts while the provider is down and answers 503 until it is back.
 */
@TestPropertySource(properties = "complaints.security.demo-accounts=false")
class BearerTokenByDiscoveryTest extends HttpTestBase {

    private static final IdentityProvider provider = IdentityProvider.start();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopTheProvider() {
        provider.close();
    }

    @Test
    void theProviderIsAskedAtTheFirstToken_503WhileItIsDown_thenTheTokenIsAccepted() {
        assertThat(provider.requestedPaths()).as("asked at start-up").isEmpty();
        ApiClient buyer = anonymous().withHeader("Authorization",
                "Bearer " + provider.token("buyer-" + UUID.randomUUID(), List.of("BUYER")));

        provider.keysAvailable(false);
        try {
            assertProblem(buyer.post("/api/complaints", aComplaintRequest()), 503, "AUTHENTICATION_UNAVAILABLE");
        } finally {
            provider.keysAvailable(true);
        }

        expect(201, buyer.post("/api/complaints", aComplaintRequest()));
        assertThat(provider.requestedPaths()).contains(IdentityProvider.DISCOVERY, "/jwks");
    }
}
