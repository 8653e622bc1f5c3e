package org.marketplace.complaints.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.marketplace.complaints.platform.security.testing.IdentityProvider;
import org.springframework.test.context.TestPropertySource;

/**
 * Production authentication: demo accounts off, callers bring a bearer JWT signed by the identity provider,
 * checked against its JWK set fetched over HTTP. Nothing is mocked: real keys, real signatures, real HTTP.
 */
@TestPropertySource(properties = {"complaints.security.demo-accounts=false",
        "complaints.security.jwt.key-fetch-timeout=1s"})
class BearerTokenTest extends HttpTestBase {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    // this test works the provider itself: other keys, roles claims of other shapes, keys down or slow
    private static final IdentityProvider provider = tokens.provider();

    @Test
    void aBuyerToken_filesAComplaint_andTheStoredEventsActorIsTheTokensSubject() {
        String subject = "buyer-" + UUID.randomUUID();

        Answer answer = expect(201, bearer(provider.token(subject, List.of("BUYER")))
                .post("/api/complaints", aComplaintRequest()));

        DomainEventMessage<?> filed = events(answer.text("complaintId")).get(0);
        assertThat(filed.getMetaData()).containsEntry("actor", "BUYER:" + subject);
        assertThat(((ComplaintFiled) filed.getPayload()).buyerId().value()).isEqualTo(subject);
    }

    @Test
    void theOtherRoles_mapFromTheClaimToo_alsoAsASpaceSeparatedString() {
        String seller = "seller-" + UUID.randomUUID();
        String id = expect(201, bearer(provider.token("buyer-" + UUID.randomUUID(), List.of("BUYER")))
                .post("/api/complaints", aComplaintRequest().with("sellerId", seller))).text("complaintId");

        ApiClient asSeller = bearer(provider.token(seller, "AUDITOR SELLER"));

        expect(202, asSeller.post(path(id, "/seller-response"), aSellerResponse()));
        assertThat(events(id).get(1).getMetaData()).containsEntry("actor", "SELLER:" + seller);
        assertProblem(asSeller.post("/api/complaints", aComplaintRequest()), 403, "ROLE_NOT_ALLOWED");
    }

    @Test
    void aTokenFromAnotherIssuer_isUnauthorized() {
        String token = provider.token("buyer-1", List.of("BUYER"),
                claims -> claims.issuer("https://someone-else.example"));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTokenWithoutIssuer_isUnauthorized() {
        String token = provider.token("buyer-1", List.of("BUYER"), claims -> claims.issuer(null));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void anExpiredToken_isUnauthorized() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String token = provider.token("buyer-1", List.of("BUYER"), claims -> claims
                .issueTime(Date.from(anHourAgo))
                .expirationTime(Date.from(anHourAgo.plus(Duration.ofMinutes(5)))));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTokenSignedByAnotherKey_underTheProvidersKeyId_isUnauthorized() {
        RSAKey impostor = IdentityProvider.newKey("signing-key-1");
        String token = IdentityProvider.signedBy(impostor, provider.claims("buyer-1", List.of("BUYER")));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTokenSignedByAKeyTheProviderDoesNotPublish_isUnauthorized() {
        String token = IdentityProvider.signedBy(IdentityProvider.newKey("unknown-key"),
                provider.claims("buyer-1", List.of("BUYER")));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTamperedToken_isUnauthorized() {
        String[] parts = provider.token("buyer-1", List.of("SELLER")).split("\\.");
        String otherClaims = provider.token("buyer-1", List.of("BUYER")).split("\\.")[1];

        assertInvalidToken(bearer(parts[0] + "." + otherClaims + "." + parts[2])
                .post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void anUnsignedToken_isUnauthorized() {
        String unsigned = new PlainJWT(provider.claims("buyer-1", List.of("BUYER")).build()).serialize();

        assertInvalidToken(bearer(unsigned).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void somethingThatIsNoJwtAtAll_isUnauthorized() {
        assertInvalidToken(bearer("not-a-jwt").post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTokenWithoutSubject_isUnauthorized_forThereIsNoOneToRecordAsTheActor() {
        String token = provider.token(null, List.of("BUYER"));

        assertInvalidToken(bearer(token).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aTokenWithoutRolesClaim_isForbidden_likeAnyCallerWhoseRoleMayNotCallTheEndpoint() {
        String token = provider.token("buyer-" + UUID.randomUUID(), null);

        assertProblem(bearer(token).post("/api/complaints", aComplaintRequest()), 403, "ROLE_NOT_ALLOWED");
    }

    @Test
    void aTokenWithOnlyRolesWeDoNotKnow_isForbidden_neverA500() {
        assertProblem(bearer(provider.token("buyer-1", List.of("ADMIN"))).post("/api/complaints", aComplaintRequest()),
                403, "ROLE_NOT_ALLOWED");
        assertProblem(bearer(provider.token("buyer-1", List.of(1, 2))).post("/api/complaints", aComplaintRequest()),
                403, "ROLE_NOT_ALLOWED");
    }

    @Test
    void withTheDemoAccountsOff_theirBasicCredentialsAreUnauthorized() {
        Answer answer = as("buyer-1").post("/api/complaints", aComplaintRequest());

        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.raw().headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"complaints\"");
    }

    @Test
    void noCredentials_areUnauthorized_withABearerChallenge() {
        Answer answer = anonymous().post("/api/complaints", aComplaintRequest());

        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.raw().headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"complaints\"");
    }

    @Test
    void healthStaysOpen_withoutAToken() {
        expect(200, anonymous().get("/actuator/health"));
    }

    @Test
    void whenTheProvidersKeysCannotBeFetched_theAnswerIs503_notA401OrA500() {
        RSAKey rotated = IdentityProvider.newKey("rotated-key");
        provider.keysAvailable(false);
        try {
            // a key id the service has not cached makes it fetch the JWK set again
            Answer answer = bearer(IdentityProvider.signedBy(rotated, provider.claims("buyer-1", List.of("BUYER"))))
                    .post("/api/complaints", aComplaintRequest());

            assertProblem(answer, 503, "AUTHENTICATION_UNAVAILABLE");
        } finally {
            provider.keysAvailable(true);
        }
    }

    @Test
    void aProviderThatHangs_isGivenUpOnAfterTheKeyFetchTimeout_with503() {
        RSAKey rotated = IdentityProvider.newKey("rotated-key-2");
        // hangs far beyond the key-fetch timeout (1 s): only a service that gives up on it answers while it hangs
        provider.keysDelay(Duration.ofMinutes(1));
        try {
            Answer answer = bearer(IdentityProvider.signedBy(rotated, provider.claims("buyer-1", List.of("BUYER"))))
                    .post("/api/complaints", aComplaintRequest());

            assertProblem(answer, 503, "AUTHENTICATION_UNAVAILABLE");
            // the answer came while the provider still held the service's fetch: the service gave up on it, rather
            // than waited for it (its JWK set, without the rotated key, would have made the answer a 401)
            assertThat(provider.unanswered()).as("fetches the provider is still hanging on").isPositive();
        } finally {
            provider.keysDelay(Duration.ZERO);
        }
    }

    @Test
    void theServiceNeverAsksForOpenIdDiscovery_givenAJwkSetUri() {
        expect(201, bearer(provider.token("buyer-" + UUID.randomUUID(), List.of("BUYER")))
                .post("/api/complaints", aComplaintRequest()));

        assertThat(provider.requestedPaths()).isNotEmpty().allMatch("/jwks"::equals);
    }

    private ApiClient bearer(String token) {
        return anonymous().withHeader("Authorization", BearerTokens.authorization(token));
    }

    private static void assertInvalidToken(Answer answer) {
        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"complaints\", error=\"invalid_token\"");
    }
}
