package org.marketplace.complaints.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The app in a browser, as far as this service can tell: real HTTP, a cookie jar (session and XSRF-TOKEN cookies as
 * the service sets and clears them), and the X-XSRF-TOKEN header the app copies from the cookie on each change.
 */
public final class Browser {

    public static final String XSRF_COOKIE = "XSRF-TOKEN";
    public static final String SESSION_COOKIE = "COMPLAINTS_SESSION";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, false, headers);
    }

    /** A change as the app sends it: JSON, with the CSRF header. */
    public Reply post(String path, String json, String... headers) {
        return send("POST", path, json, true, headers);
    }

    public Reply postWithoutCsrf(String path, String json, String... headers) {
        return send("POST", path, json, false, headers);
    }

    /** Loads a page first when there is no XSRF-TOKEN cookie yet, as the app's first page load would. */
    public Reply login(String username, String password) {
        if (!cookies.containsKey(XSRF_COOKIE)) {
            get("/auth/options");
        }
        return post("/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    public Reply send(String method, String path, String json, boolean csrf, String... headers) {
        return exchange(request(method, path, json, csrf, headers), HttpResponse.BodyHandlers.ofString())
                .map(Reply::new);
    }

    /** The body as it arrives, for streamed answers. */
    public HttpResponse<InputStream> stream(String path, String... headers) {
        return exchange(request("GET", path, null, false, headers), HttpResponse.BodyHandlers.ofInputStream()).raw();
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void cookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpRequest request(String method, String path, String json, boolean csrf, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (csrf && cookies.containsKey(XSRF_COOKIE)) {
            request.header("X-XSRF-TOKEN", cookies.get(XSRF_COOKIE));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private <T> Exchanged<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = http.send(request, body);
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return new Exchanged<>(response);
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", failure);
        }
    }

    /** In order, as a browser does: a clearing Max-Age=0 followed by a new value leaves the new value. */
    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        String[] pair = parts[0].split("=", 2);
        boolean cleared = pair[1].isEmpty();
        for (String attribute : parts) {
            cleared |= attribute.strip().equalsIgnoreCase("Max-Age=0");
        }
        if (cleared) {
            cookies.remove(pair[0].strip());
        } else {
            cookies.put(pair[0].strip(), pair[1].strip());
        }
    }

    private record Exchanged<T>(HttpResponse<T> raw) {
        <R> R map(java.util.function.Function<HttpResponse<T>, R> mapping) {
            return mapping.apply(raw);
        }
    }
}
