package org.marketplace.complaints.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.security.testing.IdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Demo accounts and bearer JWTs switched on together (e.g. a test environment): either way in works. */
@TestPropertySource(properties = "complaints.security.demo-accounts=true")
class BearerTokenWithDemoAccountsTest extends HttpTestBase {

    private static final IdentityProvider provider = IdentityProvider.start();

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry properties) {
        provider.trustProperties().forEach((name, value) -> properties.add(name, () -> value));
    }

    @AfterAll
    static void stopTheProvider() {
        provider.close();
    }

    @Test
    void aDemoAccount_andABearerToken_bothFileComplaints() {
        expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));
        expect(201, anonymous().withHeader("Authorization", "Bearer " + provider.token("buyer-" + UUID.randomUUID(),
                List.of("BUYER"))).post("/api/complaints", aComplaintRequest()));
    }

    @Test
    void aWrongPassword_isStillUnauthorized() {
        assertProblem(anonymous().as("buyer-1", "wrong").post("/api/complaints", aComplaintRequest()),
                401, "UNAUTHENTICATED");
    }

    @Test
    void noCredentials_areChallengedForBoth_BasicFirst() {
        Answer answer = anonymous().post("/api/complaints", aComplaintRequest());

        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.raw().headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"complaints\"", "Bearer realm=\"complaints\"");
    }
}
