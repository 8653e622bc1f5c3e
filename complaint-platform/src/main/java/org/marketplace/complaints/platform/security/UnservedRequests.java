package org.marketplace.complaints.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The requests that no handler method of this service takes: a path nobody maps (404), a method the path's
 * endpoints do not take (405, or OPTIONS' list of methods), a content type or Accept they refuse (415, 406).
 * Spring MVC answers those itself without running any handler, so letting a caller through to that answer
 * gives nothing away that a rule protects; every request a handler does take must meet a rule of its own.
 * <p>
 * Asks each mapping exactly what DispatcherServlet asks it (the mapping's full condition: path, method,
 * consumes, produces, params), so the two cannot disagree about what a handler takes.
 */
final class UnservedRequests implements RequestMatcher {

    private final ListableBeanFactory beans;
    private volatile List<RequestMappingInfo> mappings;

    UnservedRequests(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return withParsedPath(request, () -> mappings().stream()
                .noneMatch(mapping -> mapping.getMatchingCondition(request) != null));
    }

    /** The methods the request's path takes, as Spring MVC lists them in Allow; empty for a path nobody maps. */
    Set<String> allowedMethods(HttpServletRequest request) {
        return withParsedPath(request, () -> {
            Set<String> allowed = new TreeSet<>();
            mappings().stream()
                    .filter(mapping -> mapping.getPathPatternsCondition() != null
                            && mapping.getPathPatternsCondition().getMatchingCondition(request) != null)
                    .flatMap(mapping -> mapping.getMethodsCondition().getMethods().stream())
                    .forEach(method -> allowed.add(method.name()));
            if (allowed.contains(HttpMethod.GET.name())) {
                allowed.add(HttpMethod.HEAD.name());
            }
            if (!allowed.isEmpty()) {
                allowed.add(HttpMethod.OPTIONS.name());
            }
            return allowed;
        });
    }

    private static <T> T withParsedPath(HttpServletRequest request, Supplier<T> question) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        RequestPath before = parsed ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return question.get();
        } finally {
            // leave the request as the filters before us left it; DispatcherServlet parses it again for itself
            ServletRequestPathUtils.setParsedRequestPath(before, request);
        }
    }

    /** Read at the first request: the handler mappings are complete only once the context is. */
    private List<RequestMappingInfo> mappings() {
        List<RequestMappingInfo> known = mappings;
        if (known == null) {
            known = beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream()).toList();
            mappings = known;
        }
        return known;
    }
}
