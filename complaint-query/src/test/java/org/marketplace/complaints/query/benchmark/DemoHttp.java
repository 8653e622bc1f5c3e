package org.marketplace.complaints.query.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A GET to the query service on this port as a demo account (password "demo", HTTP Basic), for the benchmarks. */
final class DemoHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoHttp() {
    }

    static <T> HttpResponse<T> get(int port, String user, String path, HttpResponse.BodyHandler<T> body) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + basic).build(), body);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
