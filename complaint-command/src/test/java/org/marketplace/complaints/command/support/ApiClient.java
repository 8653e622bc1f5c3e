package org.marketplace.complaints.command.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client against the running service, as one caller (or none). */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    private ApiClient(String base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null, Map.of());
    }

    /** The demo account of that name, password "demo". */
    public ApiClient as(String user) {
        return as(user, "demo");
    }

    public ApiClient as(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base, "Basic " + basic, headers);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, authorization, more);
    }

    public Answer post(String path, JsonBody body) {
        return post(path, body == null ? "" : body.toJson(), "application/json");
    }

    public Answer post(String path, String body, String contentType) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request;
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
