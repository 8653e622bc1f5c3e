package org.marketplace.complaints.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * complaints.web.*: where the two services are, and how people log in.
 *
 * @param commandUrl the command service, which takes every change
 * @param queryUrl   the query service: reads, audit, operations, and GET /api/me for checking a login
 * @param login      {@code demo} (the embedded default: the services' demo accounts, checked here and relayed as
 *                   HTTP Basic) or {@code oidc} (profile oidc: OpenID Connect login here, tokens relayed as Bearer)
 */
@ConfigurationProperties("complaints.web")
public record WebSettings(@DefaultValue("http://localhost:8081") URI commandUrl,
                          @DefaultValue("http://localhost:8080") URI queryUrl,
                          @DefaultValue("demo") Login login) {

    public enum Login {
        DEMO, OIDC
    }
}
