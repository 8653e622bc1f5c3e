package org.marketplace.complaints.web.login;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;

/**
 * How people sign in here: the demo accounts (embedded default) or OpenID Connect (profile oidc). One bean, chosen
 * by complaints.web.login; the security chain, /auth/options and /auth/me ask it rather than each knowing both.
 */
public interface LoginMode {

    /** Adds what this mode needs to the security chain (OIDC: the authorization-code login endpoints). */
    void configure(HttpSecurity http) throws Exception;

    /** The body of GET /auth/options: what the app's login page offers. */
    Map<String, Object> options();

    /** Who the session's caller is, with the roles the services give them; empty when the session has no caller. */
    Optional<SignedIn> signedIn(HttpServletRequest request, Authentication caller);
}
