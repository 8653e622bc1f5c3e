package org.marketplace.complaints.web.login.demo;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.marketplace.complaints.web.routing.CredentialRelay;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * A demo account's name and password, kept in the server-side session after a login so that every /api call can
 * carry them to the services as HTTP Basic. Acceptable only because the demo passwords are public (all "demo") and the
 * services know no other way to accept them; in production (profile oidc) nothing like this is kept: the session
 * holds the identity provider's tokens and the calls carry the access token.
 */
record DemoCredentials(String username, String password) implements Serializable {

    static final String SESSION_ATTRIBUTE = DemoCredentials.class.getName();

    String basicAuthorization() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    static Optional<DemoCredentials> of(HttpSession session) {
        return Optional.ofNullable(session).map(s -> (DemoCredentials) s.getAttribute(SESSION_ATTRIBUTE));
    }

    /** The security chain lets /api calls through only with a signed-in session, so the credentials are there. */
    static CredentialRelay relay() {
        return (request, next) -> next.handle(DemoCredentials.of(request.servletRequest().getSession(false))
                .map(credentials -> ServerRequest.from(request)
                        .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, credentials.basicAuthorization()))
                        .build())
                .orElse(request));
    }

    @Override
    public String toString() {
        return "DemoCredentials[" + username + "]";
    }
}
