package org.marketplace.complaints.web.routing;

import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Adds the signed-in caller's credentials to an /api call on its way to a service: HTTP Basic with the demo
 * account kept in the session, or the OIDC access token as a Bearer. Each login mode provides one.
 */
@FunctionalInterface
public interface CredentialRelay extends HandlerFilterFunction<ServerResponse, ServerResponse> {
}
