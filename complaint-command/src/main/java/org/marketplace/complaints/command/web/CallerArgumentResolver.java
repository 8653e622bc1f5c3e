package org.marketplace.complaints.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.platform.security.Principals;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated principal and the request's correlation id into the Caller of a command, in the
 * role(s) the endpoint is for ({@link ActingAs}).
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        String correlationId = CorrelationIdFilter.of(request.getNativeRequest(HttpServletRequest.class));
        ActingAs actingAs = parameter.getParameterAnnotation(ActingAs.class);
        List<Actor> actors = actingAs == null ? List.of(Principals.currentActor())
                : Principals.currentActors(actingAs.value());
        return new Caller(actors.get(0), correlationId, actors.subList(1, actors.size()));
    }
}
