package org.marketplace.complaints.command.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts each command (every endpoint that changes something) against one limit of the caller. An interceptor, not
 * a filter: it runs after authentication, so the caller is known, and what it throws reaches the controller advices
 * (429 RATE_LIMITED, or 503 DATABASE_UNAVAILABLE when the buckets cannot be read). Refused and invalid commands
 * count too: the limits are against a caller who floods the service, whatever they send.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final CallerRateLimits limits;
    private final RateLimit limit;

    RateLimitInterceptor(CallerRateLimits limits, RateLimit limit) {
        this.limits = limits;
        this.limit = limit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Principal caller = request.getUserPrincipal();
        if (handler instanceof HandlerMethod && caller != null && !READS.contains(request.getMethod())) {
            limits.admit(limit, caller.getName());
        }
        return true;
    }
}
