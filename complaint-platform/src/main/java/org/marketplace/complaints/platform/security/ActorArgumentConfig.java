package org.marketplace.complaints.platform.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets endpoints take the caller as an Actor parameter (ActorArgumentResolver). It sits beside Principals, which
 * it reads the caller from, so that the two packages depend one way: security uses web (problem+json, ActingAs),
 * web never uses security.
 */
@Configuration(proxyBeanMethods = false)
public class ActorArgumentConfig implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
