package org.marketplace.complaints.platform.web.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The hard edges of the HTTP contract, checked over raw HTTP against a running service: every method on every
 * path as every kind of caller, and requests no client library would send. Every refusal is problem+json with a
 * code, never a 5xx or HTML, and a refused caller never reaches a handler.
 */
public final class HttpEdges {

    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    /** Request targets that Tomcat or Spring Security's firewall must refuse before any handler. */
    public static final List<String> MALFORMED_TARGETS = List.of(
            "/api/complaints/a%2Fb/evidence", "/api/complaints/%2e%2e/evidence", "/api/%2E%2E/api/me",
            "/api/../api/me", "/api/./me", "//api/me", "/api/me;jsessionid=x", "/api/me%3Bx", "/api%5Cme",
            "/api/me%00", "/api/me%25", "/../../etc/passwd", "/api/{me}", "/api/me|x", "/api/m\u00e9");

    /** Bytes that are no HTTP request at all, or a broken one. */
    public static final List<String> BROKEN_REQUESTS = List.of(
            "GARBAGE\r\n\r\n",
            "GET /api/me HTTP/1.1 extra\r\nHost: localhost\r\n\r\n",
            "GET /api/me HTTP/9.9\r\nHost: localhost\r\n\r\n",
            "GET api/me HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n",
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nHost: other\r\n\r\n",
            "POST /api/me HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n");

    private final RawHttp http;
    private final Map<String, Set<String>> endpoints;
    private final ReachedHandlers reached;

    public HttpEdges(int port, Map<String, Set<String>> endpoints, ReachedHandlers reached) {
        this.http = new RawHttp(port);
        this.endpoints = endpoints;
        this.reached = reached;
    }

    public RawHttp http() {
        return http;
    }

    /**
     * Each method on each mapped path, with an empty JSON object as the body where one may go, as each caller
     * (null: no credentials). Collects every broken expectation before failing, so one run shows them all.
     *
     * @param open the paths that answer without credentials (health, the API documents)
     */
    public void everyMethodOnEveryPath(List<String> callers, Predicate<String> open) {
        List<String> broken = new ArrayList<>();
        Map<String, Integer> getAnswers = new HashMap<>();
        endpoints.forEach((path, declared) -> {
            for (String method : METHODS) {
                for (String caller : callers) {
                    String request = method + " " + path + " as " + (caller == null ? "nobody" : caller);
                    try {
                        RawAnswer answer = send(method, path, caller);
                        List<ReachedHandlers.Reached> handled = reached.drain();
                        check(request, answer, handled, declared.contains(method), caller == null && !open.test(path));
                        if ("GET".equals(method)) {
                            getAnswers.put(path + caller, answer.status());
                        } else if ("HEAD".equals(method)) {
                            checkHeadFollowsGet(request, answer, getAnswers.get(path + caller));
                        }
                    } catch (AssertionError failure) {
                        broken.add(failure.getMessage());
                    }
                }
            }
        });
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.size() + " requests broke the contract:\n" + String.join("\n", broken));
        }
    }

    public RawAnswer send(String method, String path, String caller) {
        boolean body = Set.of("POST", "PUT", "PATCH").contains(method);
        return http.send(method, path, caller == null ? null : RawHttp.basic(caller),
                body ? Map.of("Content-Type", "application/json") : Map.of(), body ? "{}" : null);
    }

    public RawAnswer sendBytes(String request) {
        return http.sendBytes(request.getBytes(StandardCharsets.ISO_8859_1), request.split(" ")[0]);
    }

    private static void check(String request, RawAnswer answer, List<ReachedHandlers.Reached> handled,
                              boolean declared, boolean needsCaller) {
        if (answer.status() >= 400) {
            answer.assertIsProblem(request);
        } else if (answer.status() >= 300 && !answer.headers().containsKey("location")) {
            throw new AssertionError(request + " -> " + answer + ": neither an answer nor a problem");
        }
        if (!declared && !handled.isEmpty()) {
            throw new AssertionError(request + " reached a handler that does not take it: " + handled);
        }
        if (!declared && answer.status() == 405 && !answer.headers().containsKey("allow")) {
            throw new AssertionError(request + " -> 405 without an Allow header");
        }
        if ((answer.status() == 401 || answer.status() == 403) && !handled.isEmpty()) {
            throw new AssertionError(request + " -> " + answer.status() + " only after a handler ran: " + handled);
        }
        // the firewall refuses a method it does not know (TRACE) before anyone asks who is calling
        boolean refusedMethod = !declared && answer.status() == 405;
        if (needsCaller && (answer.status() != 401 && !refusedMethod || !handled.isEmpty())) {
            throw new AssertionError(request + " without credentials -> " + answer + ", handled " + handled);
        }
    }

    private static void checkHeadFollowsGet(String request, RawAnswer head, Integer get) {
        boolean getRefused = get != null && (get == 401 || get == 403);
        if (getRefused && head.status() != get) {
            throw new AssertionError(request + " -> " + head.status() + " where GET was refused with " + get);
        }
    }
}
