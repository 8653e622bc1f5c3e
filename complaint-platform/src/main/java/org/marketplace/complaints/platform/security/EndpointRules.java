package org.marketplace.complaints.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own table of which role may call which endpoint (api.md). The shared security chain applies
 * it between the open paths and "everything else needs a caller".
 */
@FunctionalInterface
public interface EndpointRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
