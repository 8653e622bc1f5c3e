package org.marketplace.complaints.web.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.method;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import org.marketplace.complaints.web.WebSettings;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service answers an /api call (api.md): reads and the operations API are the query service's, every other
 * call is a change for the command service. The query routes come first, so a GET never reaches the command side.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    private static final RequestPredicate OPERATIONS = path("/api/ops/**");
    private static final RequestPredicate READS = method(HttpMethod.GET).or(method(HttpMethod.HEAD)).and(path("/api/**"));
    private static final RequestPredicate CHANGES = path("/api/**");

    @Bean
    RouterFunction<ServerResponse> api(WebSettings settings, CredentialRelay credentials, BackendFailures failures) {
        return to("query", settings.queryUrl(), OPERATIONS.or(READS), credentials, failures)
                .and(to("command", settings.commandUrl(), CHANGES, credentials, failures));
    }

    /**
     * The headers go first (only the ones the services read, then the caller's credentials), so that neither the
     * browser's cookies nor its CSRF token ever leave this service.
     */
    private static RouterFunction<ServerResponse> to(String service, URI backend, RequestPredicate calls,
                                                    CredentialRelay credentials, BackendFailures failures) {
        return GatewayRouterFunctions.route(service)
                .route(calls, http())
                .before(uri(backend))
                .before(RelayedHeaders.requestHeaders())
                .filter(credentials)
                .after(RelayedHeaders.responseHeaders())
                .onError(BackendFailures::isBackendFailure, (failure, request) -> failures.answer(service, failure))
                .build();
    }
}
