package org.marketplace.complaints.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.BothServicesFaked;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.FakeService;
import org.marketplace.complaints.web.support.FakeService.Call;
import org.marketplace.complaints.web.support.Reply;

/**
 * /api calls reach the right service (reads and operations the query service, changes the command service) with
 * the headers the services read and the signed-in caller's credentials, and nothing of the browser's own (its
 * cookies, its CSRF token); the services' answers come back as they were, streams as they stream.
 */
class ApiRoutingTest extends BothServicesFaked {

    @BeforeEach
    void signedIn() {
        assertThat(browser.login("buyer-1", "demo").status()).isEqualTo(200);
        command.forget();
        query.forget();
    }

    @Test
    void readsGoToTheQueryService_withTheRelayedHeadersAndTheCallersBasicCredentials() {
        Reply reply = browser.get("/api/my/complaints?state=OPEN&page=1", "Accept", "application/json",
                "X-Min-Event-Position", "42", "X-Correlation-Id", "corr-1", "X-Something-Else", "private",
                "Authorization", "Bearer chosen-by-the-browser", "X-XSRF-TOKEN", "sent-anyway");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("service").asText()).isEqualTo("query");
        assertThat(command.calls()).isEmpty();
        Call call = query.apiCalls().get(0);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.target()).isEqualTo("/api/my/complaints?state=OPEN&page=1");
        assertThat(call.headers().getFirst("Accept")).isEqualTo("application/json");
        assertThat(call.headers().getFirst("X-Min-Event-Position")).isEqualTo("42");
        assertThat(call.headers().getFirst("X-Correlation-Id")).isEqualTo("corr-1");
        assertThat(call.headers().getFirst("Authorization")).isEqualTo(basic("buyer-1", "demo"));
        assertThat(call.headers()).doesNotContainKeys("Cookie", "X-xsrf-token", "X-something-else");
    }

    @Test
    void changesGoToTheCommandService_withBodyAndIfMatch_andItsAnswerComesBackWhole() {
        command.answer("POST", "/api/complaints/c-1/ruling", exchange -> {
            exchange.getResponseHeaders().add("Location", "/api/complaints/c-1");
            exchange.getResponseHeaders().add("X-Event-Position", "77");
            exchange.getResponseHeaders().add("X-Correlation-Id", "corr-2");
            FakeService.send(exchange, 201, "application/json", "{\"complaintId\":\"c-1\"}");
        });

        Reply reply = browser.post("/api/complaints/c-1/ruling", "{\"outcome\":\"UPHELD\"}", "If-Match", "7",
                "X-Correlation-Id", "corr-2");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/complaints/c-1");
        assertThat(reply.header("X-Event-Position")).isEqualTo("77");
        assertThat(reply.header("X-Correlation-Id")).isEqualTo("corr-2");
        // Tomcat names the charset of JSON (UTF-8, as JSON always is); the type is the service's
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.body()).isEqualTo("{\"complaintId\":\"c-1\"}");
        Call call = command.apiCalls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.body()).isEqualTo("{\"outcome\":\"UPHELD\"}");
        // with the charset that Spring's request encoding names (UTF-8, as JSON always is)
        assertThat(call.headers().getFirst("Content-Type")).startsWith("application/json");
        assertThat(call.headers().getFirst("If-Match")).isEqualTo("7");
        assertThat(call.headers().getFirst("Authorization")).isEqualTo(basic("buyer-1", "demo"));
        assertThat(call.headers()).doesNotContainKeys("Cookie", "X-xsrf-token");
        assertThat(query.apiCalls()).isEmpty();
    }

    @Test
    void eachMethodAndPath_reachesItsService() {
        browser.send("HEAD", "/api/complaints/c-1", null, false);
        browser.post("/api/ops/processors/my-complaints/rebuild", null);
        browser.get("/api/ops/processors");
        browser.send("PUT", "/api/complaints/c-1/evidence", "{}", true);
        browser.send("DELETE", "/api/complaints/c-1/evidence", null, true);
        browser.send("PATCH", "/api/complaints/c-1", "{}", true);

        assertThat(query.apiCalls()).extracting(call -> call.method() + " " + call.target()).containsExactly(
                "HEAD /api/complaints/c-1", "POST /api/ops/processors/my-complaints/rebuild", "GET /api/ops/processors");
        assertThat(command.apiCalls()).extracting(call -> call.method() + " " + call.target()).containsExactly(
                "PUT /api/complaints/c-1/evidence", "DELETE /api/complaints/c-1/evidence", "PATCH /api/complaints/c-1");
    }

    @Test
    void theServicesRefusals_comeBackAsTheyWere_withoutABrowserLoginDialog() {
        command.answer("POST", "/api/complaints", exchange -> FakeService.send(exchange, 409,
                "application/problem+json", "{\"status\":409,\"code\":\"REFILE_AFTER_WITHDRAWAL\",\"state\":\"WITHDRAWN\"}"));
        query.answer("GET", "/api/my/complaints", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "1");
            FakeService.send(exchange, 503, "application/problem+json", "{\"status\":503,\"code\":\"PROJECTION_BEHIND\"}");
        });
        query.answer("GET", "/api/audit/events", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"complaints\"");
            exchange.getResponseHeaders().add("Set-Cookie", "backend=1; Path=/");
            FakeService.send(exchange, 401, "application/problem+json", "{\"status\":401,\"code\":\"UNAUTHENTICATED\"}");
        });

        Reply refused = browser.post("/api/complaints", "{}");
        Reply behind = browser.get("/api/my/complaints", "X-Min-Event-Position", "9");
        Reply unauthenticated = browser.get("/api/audit/events");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemCode()).isEqualTo("REFILE_AFTER_WITHDRAWAL");
        assertThat(refused.json().path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.problemCode()).isEqualTo("PROJECTION_BEHIND");
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(unauthenticated.header("WWW-Authenticate")).isNull();
        assertThat(unauthenticated.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("backend="));
    }

    @Test
    void theAuditExport_isRelayedAsItStreams() throws Exception {
        CountDownLatch firstLineRead = new CountDownLatch(1);
        AtomicBoolean restSent = new AtomicBoolean();
        query.answer("GET", "/api/audit/events", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("{\"sequence\":0}\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            // the rest only once the browser has the first line: a relay that gathers the whole body first gets it only
            // when this gives up waiting (bounded so that such a relay fails the test instead of hanging it)
            try {
                firstLineRead.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            restSent.set(true);
            exchange.getResponseBody().write("{\"sequence\":1}\n".getBytes(StandardCharsets.UTF_8));
        });

        HttpResponse<InputStream> export = browser.stream("/api/audit/events?type=ComplaintFiled");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("{\"sequence\":0}");
            assertThat(restSent).as("the service still held the rest when the browser had the first line").isFalse();
            firstLineRead.countDown();
            assertThat(lines.readLine()).isEqualTo("{\"sequence\":1}");
            assertThat(lines.readLine()).isNull();
        }
    }

    @Test
    void aServiceThatBreaksTheExchange_isABadGateway() {
        command.answer("POST", "/api/complaints/broken", exchange -> {
            // no status line at all: the connection just closes
        });

        Reply reply = browser.post("/api/complaints/broken", "{}");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.problemCode()).isEqualTo("BAD_GATEWAY");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
