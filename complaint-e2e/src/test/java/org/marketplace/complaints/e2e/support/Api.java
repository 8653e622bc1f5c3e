package org.marketplace.complaints.e2e.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** One demo account (password "demo") talking to one service over real HTTP. */
public record Api(String baseUrl, String user) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    public Answer post(String path, Map<String, ?> body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
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
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Basic " + basic);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response);
        } catch (Exception failure) {
            throw new AssertionError("HTTP call failed", failure);
        }
    }
}
