package org.marketplace.complaints.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;

/**
 * HEAD runs the GET handler (Spring MVC only drops the body), so it must pass GET's rule: the endpoint tables
 * name GET only, and a HEAD would otherwise meet whatever rule comes after them. Applied to the whole rule
 * table, so that a service adding a GET endpoint cannot forget its HEAD.
 */
final class HeadAsGet implements AuthorizationManager<HttpServletRequest> {

    private final AuthorizationManager<HttpServletRequest> rules;

    private HeadAsGet(AuthorizationManager<HttpServletRequest> rules) {
        this.rules = rules;
    }

    /** Wraps the manager that authorizeHttpRequests builds from the rule table. */
    static ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> forTheRuleTable() {
        return new ObjectPostProcessor<>() {
            @Override
            @SuppressWarnings("unchecked")
            public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
                return (O) new HeadAsGet(rules);
            }
        };
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> caller, HttpServletRequest request) {
        return rules.authorize(caller, asGet(request));
    }

    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> caller, HttpServletRequest request) {
        AuthorizationResult result = authorize(caller, request);
        return result == null ? null : new AuthorizationDecision(result.isGranted());
    }

    private static HttpServletRequest asGet(HttpServletRequest request) {
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.name();
            }
        };
    }
}
