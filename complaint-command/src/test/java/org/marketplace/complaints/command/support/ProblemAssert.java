package org.marketplace.complaints.command.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Every error is application/problem+json with a stable code (api.md, "Errors"). */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static JsonNode assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("code").asText()).as("%s", answer).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** A 400 VALIDATION_FAILED whose errors name the given field. */
    public static JsonNode assertInvalid(Answer answer, String field) {
        JsonNode problem = assertProblem(answer, 400, "VALIDATION_FAILED");
        assertThat(problem.path("errors").findValuesAsText("field")).as("%s", answer).contains(field);
        return problem;
    }

    public static String messageFor(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
