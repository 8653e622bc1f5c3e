package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Where the service is and what its credentials are. The server is the origin that served the document (a local
 * run.sh or production alike), not the URL of whichever request happened to build it, which springdoc would put.
 * Spring's /error is how failures outside the endpoints are answered, not an endpoint to call: it is left out.
 */
class ServerAndSchemes implements OpenApiCustomizer {

    static final String BASIC = "HTTP Basic with the built-in demo accounts (password demo): the embedded, local "
            + "set-up only (complaints.security.demo-accounts); production turns them off.";
    static final String BEARER = "A JWS signed by the identity provider's keys (spring.security.oauth2.resourceserver"
            + ".jwt.jwk-set-uri / issuer-uri), checked as RFC8725 asks: the algorithm comes from the key set, never "
            + "from the token (no alg none), signature, expiry and issuer are verified. The caller is the sub claim, "
            + "the roles the roles claim.";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() != null) {
            api.getPaths().remove("/error");
        }
        api.setServers(List.of(new Server().url("/")
                .description("this service, at the origin that served this document: local (run.sh) or production")
                .extensions(Map.of("x-internal", false))));
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return;
        }
        for (SecurityScheme scheme : api.getComponents().getSecuritySchemes().values()) {
            if ("basic".equals(scheme.getScheme())) {
                scheme.setDescription(BASIC);
            } else if ("bearer".equals(scheme.getScheme())) {
                scheme.setDescription(BEARER);
            }
        }
    }
}
