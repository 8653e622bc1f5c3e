package org.marketplace.complaints.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.platform.apidocs.testing.SpectralLint;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document passes Spectral's OpenAPI and OWASP rules (complaint-openapi/.spectral.yaml) without an
 * error. Same context as QueryServiceApplicationTest: no boot of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiLintTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theOpenApiDocument_hasNoLintErrors() throws Exception {
        // the document does not depend on the database: once, in the H2 run
        assumeFalse(TestDatabases.onPostgres(), "linted in the H2 run");
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);

        SpectralLint.assertNoErrors("query-api-docs", docs.getBody());
    }
}
