package org.marketplace.complaints.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated principal into the Caller of a command: its name is the actor id, its role
 * authority (ROLE_BUYER…) the actor's role. A principal with several roles acts in the first one of the
 * Role enum's order; the endpoints' role rules have already let it in.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new InsufficientAuthenticationException("no authenticated caller");
        }
        Role role = Arrays.stream(Role.values())
                .filter(r -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + r.name())::equals))
                .findFirst()
                .orElseThrow(() -> new InsufficientAuthenticationException("the caller has no role"));
        String correlationId = CorrelationIdFilter.of(request.getNativeRequest(HttpServletRequest.class));
        return new Caller(new Actor(role, auth.getName()), correlationId);
    }
}
