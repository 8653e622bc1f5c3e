package org.marketplace.complaints.web.routing;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which headers cross this service. Towards the services only the ones they read: an allow-list, so that the
 * browser's Cookie (the session), its X-XSRF-TOKEN and anything else it sends stay here. Back to the browser
 * everything the services answer, except what would make the browser act on its own.
 */
final class RelayedHeaders {

    static final List<String> TO_SERVICES = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
            HttpHeaders.IF_MATCH, "X-Min-Event-Position", "X-Correlation-Id");

    /**
     * WWW-Authenticate: a Basic challenge would pop up the browser's own login dialog over the app (the app shows its
     * login page on a 401). Set-Cookie: the services are stateless; no cookie of theirs belongs to this origin.
     */
    static final List<String> KEPT_FROM_BROWSER = List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.SET_COOKIE);

    private RelayedHeaders() {
    }

    static Function<ServerRequest, ServerRequest> requestHeaders() {
        return request -> ServerRequest.from(request).headers(headers -> {
            HttpHeaders original = request.headers().asHttpHeaders();
            headers.clear();
            TO_SERVICES.forEach(name -> {
                List<String> values = original.get(name);
                if (values != null) {
                    headers.addAll(name, values);
                }
            });
        }).build();
    }

    static BiFunction<ServerRequest, ServerResponse, ServerResponse> responseHeaders() {
        return (request, response) -> {
            // only a service's answer has them; this service's own (a BackendFailures problem) is read-only
            KEPT_FROM_BROWSER.stream().filter(response.headers()::containsKey).forEach(response.headers()::remove);
            return response;
        };
    }
}
