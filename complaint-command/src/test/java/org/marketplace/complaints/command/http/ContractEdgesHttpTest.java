package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.marketplace.complaints.platform.web.testing.Endpoints;
import org.marketplace.complaints.platform.web.testing.HttpEdges;
import org.marketplace.complaints.platform.web.testing.RawAnswer;
import org.marketplace.complaints.platform.web.testing.RawHttp;
import org.marketplace.complaints.platform.web.testing.ReachedHandlers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The hard edges of the command service's HTTP contract, over raw HTTP (api.md, "Errors"). */
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReachedHandlers.class)
class ContractEdgesHttpTest {

    private static final List<String> CALLERS = Arrays.asList(null, "buyer-1", "seller-1", "arbiter-1", "auditor-1",
            "operator-1");
    private static final Predicate<String> OPEN = path -> path.equals("/error") || path.startsWith("/v3/api-docs")
            || path.startsWith("/swagger-ui");

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;
    @Autowired
    private ReachedHandlers reached;

    private HttpEdges edges;

    @BeforeEach
    void connect() {
        edges = new HttpEdges(port, Endpoints.of(mapping), reached);
        reached.drain();
    }

    @Test
    void everyMethodOnEveryPath_answersOrRefusesWithAProblem_andNeverRunsAHandlerForARefusedCaller() {
        edges.everyMethodOnEveryPath(CALLERS, OPEN);
    }

    @Test
    void aMethodAnEndpointDoesNotTake_is405WithAllow() {
        RawAnswer answer = edges.send("PUT", "/api/complaints", "buyer-1").assertIsProblem("PUT");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(answer.headers().get("allow")).contains("POST");
    }

    @Test
    void anOversizedHeader_isAProblem() {
        RawAnswer answer = edges.http().send("POST", "/api/complaints", RawHttp.basic("buyer-1"),
                Map.of("X-Correlation-Id", "x".repeat(10_000), "Content-Type", "application/json"), "{}");

        answer.assertIsProblem("10 kB X-Correlation-Id");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void malformedTargetsAndBrokenRequests_areProblems_thatReachNoHandler() {
        List<String> broken = new ArrayList<>();
        for (String target : HttpEdges.MALFORMED_TARGETS) {
            collect(broken, target, () -> edges.http().send("POST", target, RawHttp.basic("buyer-1"),
                    Map.of("Content-Type", "application/json"), "{}"));
        }
        for (String request : HttpEdges.BROKEN_REQUESTS) {
            collect(broken, request, () -> edges.sendBytes(request));
        }
        assertThat(broken).isEmpty();
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void wrongMediaTypesAndMalformedJson_areProblems() {
        for (String contentType : List.of("text/plain", "application/xml", "application/json;charset=nope", "x")) {
            edges.http().send("POST", "/api/complaints", RawHttp.basic("buyer-1"), Map.of("Content-Type", contentType),
                    "{}").assertIsProblem(contentType);
        }
        edges.http().send("POST", "/api/complaints", RawHttp.basic("buyer-1"), Map.of("Content-Type",
                "application/json"), "{\"orderId\": ").assertIsProblem("malformed JSON");
        edges.http().send("POST", "/api/complaints", RawHttp.basic("buyer-1"), Map.of("Content-Type",
                "application/json", "Accept", "text/html"), "{}").assertIsProblem("Accept: text/html");
    }

    private static void collect(List<String> broken, String request, java.util.function.Supplier<RawAnswer> send) {
        try {
            send.get().assertIsProblem(request);
        } catch (AssertionError failure) {
            broken.add(failure.getMessage());
        }
    }
}
