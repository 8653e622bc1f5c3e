package org.marketplace.complaints.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hard edges of the query service's HTTP contract, over raw HTTP: deny by default (HEAD included), 405 for
 * a method nobody takes, problem+json for everything Tomcat and the firewall refuse (api.md, "Errors").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.security.demo-accounts=true")
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

    /** HEAD runs the GET handler: a buyer's HEAD must not start the operator's whole-store scan. */
    @Test
    void headOnTheReconciliation_isRefusedToABuyer_beforeTheScanRuns() {
        RawAnswer answer = edges.send("HEAD", "/api/ops/reconciliation", "buyer-1");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void aMethodAnEndpointDoesNotTake_is405WithAllow() {
        RawAnswer answer = edges.send("DELETE", "/api/my/complaints", "buyer-1").assertIsProblem("DELETE");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.headers().get("allow")).contains("GET");
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void anUnknownPath_isA404Problem_forACaller_andA401ForNobody() {
        assertThat(edges.send("GET", "/api/nothing-here", "buyer-1").assertIsProblem("unknown").status()).isEqualTo(404);
        assertThat(edges.send("GET", "/api/nothing-here", null).assertIsProblem("unknown").status()).isEqualTo(401);
    }

    @Test
    void anOversizedHeader_isAProblem() {
        RawAnswer answer = edges.http().send("GET", "/api/my/complaints", RawHttp.basic("buyer-1"),
                Map.of("X-Correlation-Id", "x".repeat(10_000)), null);

        assertThat(answer.assertIsProblem("10 kB X-Correlation-Id").status()).isEqualTo(400);
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void malformedTargetsAndBrokenRequests_areProblems_thatReachNoHandler() {
        List<String> broken = new ArrayList<>();
        for (String target : HttpEdges.MALFORMED_TARGETS) {
            collect(broken, target, () -> edges.http().send("GET", target, RawHttp.basic("auditor-1"), Map.of(), null));
        }
        for (String request : HttpEdges.BROKEN_REQUESTS) {
            collect(broken, request, () -> edges.sendBytes(request));
        }
        assertThat(broken).isEmpty();
        assertThat(reached.drain()).isEmpty();
    }

    @Test
    void anUnacceptableAccept_isAProblem() {
        RawAnswer answer = edges.http().send("GET", "/api/my/complaints", RawHttp.basic("buyer-1"),
                Map.of("Accept", "text/html"), null);

        assertThat(answer.assertIsProblem("Accept: text/html").status()).isEqualTo(406);
    }

    private static void collect(List<String> broken, String request, java.util.function.Supplier<RawAnswer> send) {
        try {
            send.get().assertIsProblem(request);
        } catch (AssertionError failure) {
            broken.add(failure.getMessage());
        }
    }
}
