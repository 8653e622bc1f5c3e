package org.marketplace.complaints.platform.security;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets an endpoint take the caller as an {@link Actor} parameter, in the role the endpoint is for ({@link ActingAs}). */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                 NativeWebRequest request, WebDataBinderFactory binders) {
        ActingAs actingAs = parameter.getParameterAnnotation(ActingAs.class);
        return actingAs == null ? Principals.currentActor() : Principals.currentActors(actingAs.value()).get(0);
    }
}
