package org.marketplace.complaints.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.marketplace.complaints.platform.security.Principals;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Turns the authenticated principal and the request's correlation id into the Caller of a command. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        String correlationId = CorrelationIdFilter.of(request.getNativeRequest(HttpServletRequest.class));
        return new Caller(Principals.currentActor(), correlationId);
    }
}
