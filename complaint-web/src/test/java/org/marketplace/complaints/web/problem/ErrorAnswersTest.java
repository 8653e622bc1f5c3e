package org.marketplace.complaints.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.BothServicesFaked;

/**
 * The front door's own errors, also those Tomcat and the firewall raise before any controller, are problem+json
 * with a code like the services' (the app's API client parses only that), never HTML and never a 5xx. Sent byte
 * for byte over a socket: a client library would normalise what these tests send.
 */
class ErrorAnswersTest extends BothServicesFaked {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void requestsRefusedBeforeAnyController_areProblems() {
        List<String> requests = List.of(
                "GET /auth/me HTTP/1.1\r\nHost: x\r\nX-Correlation-Id: " + "x".repeat(10_000) + "\r\n\r\n",
                "GET /api/complaints/a%2Fb HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/%2e%2e/auth/me HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET //auth/me HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /auth/me;x=1 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /{x} HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /auth/me HTTP/9.9\r\nHost: x\r\n\r\n",
                "GARBAGE\r\n\r\n");
        for (String request : requests) {
            assertProblem(request, send(request), 400);
        }
    }

    @Test
    void traceAndMethodsNoEndpointTakes_areProblems() {
        assertProblem("TRACE", send("TRACE /auth/me HTTP/1.1\r\nHost: x\r\n\r\n"), 405);
        // a change without the CSRF token is refused before anyone looks for an endpoint
        assertProblem("PUT /auth/options", send("PUT /auth/options HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"),
                403);
    }

    @Test
    void anUnknownPathOfTheFrontDoor_andAnUnacceptableAccept_areProblems() {
        assertProblem("unknown /auth path", send("GET /auth/nothing-here HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
        assertProblem("Accept: text/html", send("GET /auth/options HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n"),
                406);
    }

    private static void assertProblem(String request, String answer, int status) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        assertThat(head).as(request + " -> " + answer).startsWith("HTTP/1.1 " + status);
        assertThat(head.toLowerCase()).as(request + " -> " + answer).contains("content-type: application/problem+json");
        JsonNode problem = body(answer);
        assertThat(problem.path("code").asText()).as(request + " -> " + answer).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    /** The JSON object of the body, whether it came chunked or not. */
    private static JsonNode body(String answer) {
        String rest = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        try {
            return JSON.readTree(rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1));
        } catch (IOException | StringIndexOutOfBoundsException notJson) {
            throw new AssertionError("no JSON body in " + answer, notJson);
        }
    }

    private String send(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            // a bound, not a wait: a busy machine may take seconds to answer
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new AssertionError("HTTP exchange failed", failure);
        }
    }
}
