package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;

/** What is open without credentials: health and the API documentation. */
class ServiceEndpointsHttpTest extends HttpTestBase {

    @Test
    void health_isOpen() {
        JsonNode health = expect(200, anonymous().get("/actuator/health")).json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        // named, so that a database that went away shows as such (DOWN, with a 503)
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocument_isOpen_andDocumentsEveryCommandEndpoint() {
        JsonNode document = expect(200, anonymous().get("/v3/api-docs")).json();

        assertThat(document.path("info").path("title").asText()).isEqualTo("Complaint command service");
        assertThat(document.path("paths").fieldNames()).toIterable().contains(
                "/api/complaints",
                "/api/complaints/{id}/evidence",
                "/api/complaints/{id}/seller-response",
                "/api/complaints/{id}/settlement-offers",
                "/api/complaints/{id}/settlement-offers/{offerId}/acceptance",
                "/api/complaints/{id}/settlement-offers/{offerId}/decline",
                "/api/complaints/{id}/withdrawal",
                "/api/complaints/{id}/settlement-unfulfilled",
                "/api/complaints/{id}/intervention-request",
                "/api/complaints/{id}/assignment",
                "/api/complaints/{id}/assignment/release",
                "/api/complaints/{id}/evidence-requests",
                "/api/complaints/{id}/withdrawal-suggestion",
                "/api/complaints/{id}/withdrawal-suggestion/decline",
                "/api/complaints/{id}/withdrawal-requests/{requestId}/decision",
                "/api/complaints/{id}/ruling");
    }

    @Test
    void theCallerIsNotADocumentedParameter() {
        JsonNode filing = expect(200, anonymous().get("/v3/api-docs")).json()
                .path("paths").path("/api/complaints").path("post");

        assertThat(filing.path("parameters").findValuesAsText("name")).doesNotContain("caller", "actor");
        assertThat(filing.path("summary").asText()).isNotBlank();
    }

    @Test
    void everyCommand_declaresTheRateLimitAndAnUnavailableDatabase() {
        JsonNode document = expect(200, anonymous().get("/v3/api-docs")).json();

        JsonNode withdrawal = document.path("paths").path("/api/complaints/{id}/withdrawal").path("post").path("responses");
        assertThat(withdrawal.path("429").path("$ref").asText()).isEqualTo("#/components/responses/RateLimited");
        assertThat(withdrawal.path("503").path("$ref").asText()).isEqualTo("#/components/responses/DatabaseUnavailable");
        assertThat(document.path("components").path("responses").path("RateLimited").path("headers").has("Retry-After"))
                .isTrue();
    }

    @Test
    void otherEndpoints_needCredentials() {
        assertThat(anonymous().get("/actuator/env").status()).isEqualTo(401);
    }
}
