package org.marketplace.complaints.web.login;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.marketplace.complaints.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the app asks before it shows a page: how to sign in (/auth/options, open) and who is signed in (/auth/me).
 * POST /auth/login is the demo mode's (DemoLoginController); POST /auth/logout is the security chain's.
 */
@RestController
class AuthController {

    private final LoginMode login;

    AuthController(LoginMode login) {
        this.login = login;
    }

    @GetMapping("/auth/options")
    Map<String, Object> options() {
        return login.options();
    }

    /** 401 problem+json, never a redirect: the app answers it with its login page. */
    @GetMapping("/auth/me")
    ResponseEntity<?> me(HttpServletRequest request, Authentication caller) {
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return Problems.answer(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "sign in first");
        }
        return login.signedIn(request, caller).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.answer(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "sign in again"));
    }
}
