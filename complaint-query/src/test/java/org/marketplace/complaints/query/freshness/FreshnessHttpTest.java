package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** X-Min-Event-Position over HTTP, on My Complaints: bad values are bad input, unreachable ones a 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.query.freshness-timeout=PT0.5S")
class FreshnessHttpTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void withoutTheHeader_theQueryIsAnswered() {
        assertThat(myComplaints(null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aPositionTheReadModelHasReached_isAnswered() {
        assertThat(myComplaints("0").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aPositionThatIsNotANumber_isRefusedAsBadInput() {
        assertBadInput(myComplaints("latest"));
    }

    @Test
    void aNegativePosition_isRefusedAsBadInput() {
        assertBadInput(myComplaints("-3"));
    }

    @Test
    void aPositionNotReachedWithinTheBound_answers503ProjectionBehind_withRetryAfter() {
        ResponseEntity<JsonNode> answer = myComplaints("999999");

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().path("code").asText()).isEqualTo("PROJECTION_BEHIND");
        assertThat(answer.getBody().path("processingGroup").asText()).isEqualTo("my-complaints");
        assertThat(answer.getBody().path("minEventPosition").asLong()).isEqualTo(999999);
    }

    private static void assertBadInput(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo(ProjectionFreshness.HEADER);
    }

    private ResponseEntity<JsonNode> myComplaints(String minPosition) {
        HttpHeaders headers = new HttpHeaders();
        if (minPosition != null) {
            headers.set(ProjectionFreshness.HEADER, minPosition);
        }
        return http.withBasicAuth("buyer-1", "demo")
                .exchange("/api/my/complaints", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
