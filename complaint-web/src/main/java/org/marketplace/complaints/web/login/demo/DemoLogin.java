package org.marketplace.complaints.web.login.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketplace.complaints.web.login.LoginMode;
import org.marketplace.complaints.web.login.SignedIn;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The embedded default: the services' demo accounts (README, "Demo accounts"; password demo), offered on the login
 * page for a quick start. POST /auth/login checks the password with the query service (DemoLoginController).
 */
class DemoLogin implements LoginMode {

    /** As the services define them (complaint-platform's DemoAccounts); the check itself is theirs. */
    static final List<Map<String, String>> ACCOUNTS = List.of(
            account("buyer-1", "BUYER"), account("buyer-2", "BUYER"),
            account("seller-1", "SELLER"), account("seller-2", "SELLER"),
            account("arbiter-1", "ARBITRATOR"), account("arbiter-2", "ARBITRATOR"), account("lead-1", "SUPERVISOR"),
            account("auditor-1", "AUDITOR"), account("operator-1", "OPERATOR"));

    static final String ROLE_PREFIX = "ROLE_";

    @Override
    public void configure(HttpSecurity http) {
        // nothing to add: the login is a plain JSON endpoint behind the chain's CSRF check
    }

    @Override
    public Map<String, Object> options() {
        return Map.of("mode", "demo", "accounts", ACCOUNTS);
    }

    /** The roles the query service named at login, kept as the session's authorities. */
    @Override
    public Optional<SignedIn> signedIn(HttpServletRequest request, Authentication caller) {
        List<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).toList();
        return Optional.of(new SignedIn(caller.getName(), roles));
    }

    private static Map<String, String> account(String username, String role) {
        return Map.of("username", username, "role", role);
    }
}
