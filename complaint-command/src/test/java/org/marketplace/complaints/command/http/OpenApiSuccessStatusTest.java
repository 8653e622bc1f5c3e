package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;

/**
 * The API document names the success status each command really answers (the HTTP tests assert those answers):
 * a filing and an offer 201, a step the platform records 202, a withdrawal 200 at once or 202 for review, a
 * ruling and a decision 200. Springdoc would otherwise say 200 for all of them.
 */
class OpenApiSuccessStatusTest extends HttpTestBase {

    @Test
    void eachCommandDeclaresTheSuccessStatusItAnswers() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(expect(200, anonymous().get("/v3/api-docs")).raw().body()).path("paths");

        assertThat(successes(paths, "/api/complaints")).containsExactly("201");
        assertThat(successes(paths, "/api/complaints/{id}/settlement-offers")).containsExactly("201");
        assertThat(successes(paths, "/api/complaints/{id}/assignment")).containsExactly("202");
        assertThat(successes(paths, "/api/complaints/{id}/assignment/release")).containsExactly("202");
        assertThat(successes(paths, "/api/complaints/{id}/seller-response")).containsExactly("202");
        assertThat(successes(paths, "/api/complaints/{id}/settlement-unfulfilled")).containsExactly("202");
        assertThat(successes(paths, "/api/complaints/{id}/withdrawal")).containsExactly("200", "202");
        assertThat(successes(paths, "/api/complaints/{id}/ruling")).containsExactly("200");
        assertThat(successes(paths, "/api/complaints/{id}/reconsideration")).containsExactly("202");
        assertThat(successes(paths, "/api/complaints/{id}/reconsideration/decision")).containsExactly("200");
        paths.fields().forEachRemaining(path -> {
            if (path.getValue().has("post")) {
                assertThat(successes(paths, path.getKey())).as("success status of POST %s", path.getKey()).isNotEmpty();
            }
        });
    }

    private static List<String> successes(JsonNode paths, String path) {
        List<String> codes = new ArrayList<>();
        paths.path(path).path("post").path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) codes.add(code);
        });
        return codes;
    }
}
