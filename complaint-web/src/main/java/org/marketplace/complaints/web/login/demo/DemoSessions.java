package org.marketplace.complaints.web.login.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.marketplace.complaints.web.login.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** Signs a checked demo caller into a new HTTP session. */
class DemoSessions {

    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;

    DemoSessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
    }

    void signIn(SignedIn caller, DemoCredentials credentials, HttpServletRequest request, HttpServletResponse response) {
        // session fixation: a session id known before the login (planted, or another user's) is never the signed-in
        // one, and nothing of an earlier login carries over
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.invalidate();
        }
        credentials.keepIn(request.getSession(true));

        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.username(), null,
                caller.roles().stream().map(role -> new SimpleGrantedAuthority(DemoLogin.ROLE_PREFIX + role)).toList()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);

        // as Spring's own logins do: a CSRF token seen before the login is not valid after it
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    }
}
