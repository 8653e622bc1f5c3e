package org.marketplace.complaints.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * POST /auth/logout answers 204 (the session is gone and its cookie cleared by then). The logout also dropped the
 * CSRF token; a new one is issued at once, so that the app can sign in again without first loading a page.
 */
final class SignedOut implements LogoutSuccessHandler {

    private final CsrfTokenRepository csrfTokens;

    SignedOut(CsrfTokenRepository csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedOut) {
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }
}
