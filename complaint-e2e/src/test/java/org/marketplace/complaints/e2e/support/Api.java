package org.marketplace.complaints.e2e.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * One caller talking to one service over real HTTP: a demo account (password "demo"), or in production a bearer
 * token from the identity provider.
 */
public record Api(String baseUrl, String user, String bearerToken) {

    public Api(String baseUrl, String user) {
        this(baseUrl, user, null);
    }

    public static Api withToken(String baseUrl, String bearerToken) {
        return new Api(baseUrl, null, bearerToken);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    public Answer post(String path, Map<String, ?> body) {
        try {
            return send(postRequest(path, body));
        } catch (IOException failure) {
            throw new AssertionError("HTTP call failed", failure);
        }
    }

    /**
     * As post, but a service that cannot be reached (crashed, restarting) throws the IOException for the caller to
     * handle: a client that retries, or counts what was never acknowledged.
     */
    public Answer postOrThrow(String path, Map<String, ?> body) throws IOException {
        return send(postRequest(path, body));
    }

    private HttpRequest.Builder postRequest(String path, Map<String, ?> body) {
        try {
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A query that answers no older than {@code minPosition} (X-Min-Event-Position), unless it is null. */
    public Answer get(String path, Long minPosition) {
        HttpRequest.Builder request = request(path).GET();
        if (minPosition != null) {
            request.header("X-Min-Event-Position", minPosition.toString());
        }
        try {
            return send(request);
        } catch (IOException failure) {
            throw new AssertionError("HTTP call failed", failure);
        }
    }

    private HttpRequest.Builder request(String path) {
        String authorization = bearerToken != null ? "Bearer " + bearerToken
                : "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        // bounded: a test must fail, not hang, on a service that stopped answering
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization);
    }

    private static Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
