package org.marketplace.complaints.command.http;

import static org.marketplace.complaints.command.support.Journey.expect;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.apidocs.testing.SpectralLint;

/** The OpenAPI document passes Spectral's OpenAPI and OWASP rules (complaint-openapi/.spectral.yaml) without an error. */
class OpenApiLintTest extends HttpTestBase {

    @Test
    void theOpenApiDocument_hasNoLintErrors() throws Exception {
        SpectralLint.assertNoErrors("command-api-docs", expect(200, anonymous().get("/v3/api-docs")).raw().body());
    }
}
