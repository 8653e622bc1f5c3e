package org.marketplace.complaints.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.e2e.scaleout.Filing.position;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;
import org.marketplace.complaints.platform.security.testing.IdentityProvider;

/**
 * Both services as production runs them: the postgres profile and nothing else about security but the identity
 * provider to trust. The demo accounts are off by the profile's own default; callers bring the provider's JWTs,
 * and the subject of a buyer's token is the buyer the complaint is filed by and listed for.
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class ProductionProfileOnPostgresTest {

    @Test
    void withThePostgresProfile_callersBringBearerTokens_andTheDemoAccountsAreOff() throws Exception {
        try (IdentityProvider provider = IdentityProvider.start();
             Cluster cluster = Cluster.onFreshPostgres("production").asInProduction(Map.of(
                     "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", provider.issuer(),
                     "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", provider.jwkSetUri()))) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);
            String buyer = "buyer-" + UUID.randomUUID();
            String buyerToken = provider.token(buyer, List.of("BUYER"));

            Answer filed = expect(201, Api.withToken(command.baseUrl(), buyerToken)
                    .post("/api/complaints", Filing.complaint("production-" + UUID.randomUUID(), "seller-9")));
            Answer mine = expect(200, Api.withToken(query.baseUrl(), buyerToken)
                    .get("/api/my/complaints", position(filed)));

            assertThat(mine.json().get("items")).hasSize(1);
            assertThat(mine.json().get("items").get(0).get("buyerId").asText()).isEqualTo(buyer);
            assertThat(mine.json().get("items").get(0).get("complaintId").asText()).isEqualTo(filed.text("complaintId"));
            expect(403, Api.withToken(query.baseUrl(), buyerToken).get("/api/ops/processors", null));
            expect(200, Api.withToken(query.baseUrl(), provider.token("ops-" + UUID.randomUUID(), List.of("OPERATOR")))
                    .get("/api/ops/processors", null));
            expect(401, new Api(command.baseUrl(), "buyer-1").post("/api/complaints",
                    Filing.complaint("production-" + UUID.randomUUID(), "seller-9")));
            expect(401, new Api(query.baseUrl(), "buyer-1").get("/api/my/complaints", null));
        }
    }
}
