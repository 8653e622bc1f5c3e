package org.marketplace.complaints.web.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the command or the query service: real HTTP on an ephemeral port, recording every request it gets.
 * GET /api/me knows the demo accounts (password demo) like the services do; every other path answers what the test
 * told it, or by default 200 JSON naming this service.
 */
public final class FakeService implements AutoCloseable {

    /** What reached the service. */
    public record Call(String method, String target, Headers headers, String body) {
    }

    @FunctionalInterface
    public interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    public static final Map<String, String> DEMO_ACCOUNTS = Map.of("buyer-1", "BUYER", "buyer-2", "BUYER",
            "seller-1", "SELLER", "operator-1", "OPERATOR");

    private final String name;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private FakeService(String name) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // a streaming answer must not hold up the next request
        server.setExecutor(threads);
        server.start();
    }

    public static FakeService start(String name) {
        try {
            return new FakeService(name);
        } catch (IOException failure) {
            throw new IllegalStateException("the fake " + name + " service did not start", failure);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How this service answers {@code method path} (the path without its query). */
    public void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls apart from the login checks (GET /api/me). */
    public List<Call> apiCalls() {
        return calls.stream().filter(call -> !call.target().equals("/api/me")).toList();
    }

    public void forget() {
        calls.clear();
    }

    /** As new: nothing seen, and the default answers again (a test class's own answers end with it). */
    public void reset() {
        calls.clear();
        answers.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), body));
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            Answer answer = answers.get(key);
            if (answer != null) {
                answer.send(exchange);
            } else if (key.equals("GET /api/me")) {
                me(exchange);
            } else {
                send(exchange, 200, "application/json", "{\"service\":\"" + name + "\",\"target\":\""
                        + exchange.getRequestURI() + "\"}");
            }
        }
    }

    /** As the platform's CallerController, over HTTP Basic with the demo accounts. */
    private static void me(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            String role = DEMO_ACCOUNTS.get(pair[0]);
            if (role != null && pair.length == 2 && pair[1].equals("demo")) {
                send(exchange, 200, "application/json", "{\"id\":\"" + pair[0] + "\",\"roles\":[\"" + role + "\"]}");
                return;
            }
        }
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"complaints\"");
        send(exchange, 401, "application/problem+json", "{\"status\":401,\"code\":\"UNAUTHENTICATED\"}");
    }

    public static void send(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
