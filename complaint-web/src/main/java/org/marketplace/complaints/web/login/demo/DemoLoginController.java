package org.marketplace.complaints.web.login.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.marketplace.complaints.web.login.CallerLookup;
import org.marketplace.complaints.web.login.SignedIn;
import org.marketplace.complaints.web.problem.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /auth/login {username, password} in demo mode: the query service checks the pair (GET /api/me over HTTP Basic,
 * so a wrong password is refused exactly as the services would refuse it), then the session signs the caller in.
 */
@RestController
@ConditionalOnProperty(prefix = "complaints.web", name = "login", havingValue = "demo", matchIfMissing = true)
class DemoLoginController {

    /** Longer than any account name or password the services accept; keeps the Basic header small. */
    private static final int MAX_LENGTH = 256;

    private final CallerLookup callers;
    private final DemoSessions sessions;

    DemoLoginController(CallerLookup callers, DemoSessions sessions) {
        this.callers = callers;
        this.sessions = sessions;
    }

    record LoginRequest(String username, String password) {
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> login(@RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        if (!given(login.username()) || !given(login.password())) {
            return Problems.answer(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "username and password are required (at most " + MAX_LENGTH + " characters each)");
        }
        // HTTP Basic cannot carry a name with a colon: no account has one
        Optional<SignedIn> caller = login.username().contains(":") ? Optional.empty()
                : callers.whoIs(new DemoCredentials(login.username(), login.password()).basicAuthorization());
        if (caller.isEmpty()) {
            return Problems.answer(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "unknown account or wrong password");
        }
        sessions.signIn(caller.get(), new DemoCredentials(login.username(), login.password()), request, response);
        return ResponseEntity.ok(caller.get());
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH;
    }
}
