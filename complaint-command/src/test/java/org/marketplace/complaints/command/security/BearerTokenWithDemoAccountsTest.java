package org.marketplace.complaints.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.springframework.test.context.TestPropertySource;

/** Demo accounts and bearer JWTs switched on together (e.g. a test environment): either way in works. */
@TestPropertySource(properties = "complaints.security.demo-accounts=true")
class BearerTokenWithDemoAccountsTest extends HttpTestBase {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    @Test
    void aDemoAccount_andABearerToken_bothFileComplaints() {
        expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));
        expect(201, anonymous().withHeader("Authorization", BearerTokens.authorization(
                tokens.token("buyer-" + UUID.randomUUID(), "BUYER"))).post("/api/complaints", aComplaintRequest()));
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
