package org.marketplace.complaints.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marketplace.complaints.api.Role;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/me: who the service takes the caller to be, whichever way they came in (a demo account over HTTP Basic
 * or a bearer JWT). The web front door (complaint-web) asks it to check a demo login and to learn the roles of an
 * OIDC user exactly as the services will apply them, instead of reading the token itself.
 */
@RestController
public class CallerController {

    /**
     * @param id    the caller's id: the name recorded as the actor on the events they cause
     * @param roles the platform's roles the caller holds (BUYER, SELLER…), in the Role enum's order; empty when
     *              the caller holds none we know (every other endpoint then answers 403)
     */
    public record Caller(String id, List<String> roles) {
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public Caller me(Authentication caller) {
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<String> roles = Arrays.stream(Role.values()).map(Role::name)
                .filter(role -> authorities.contains(BearerTokenCallers.ROLE_PREFIX + role)).toList();
        return new Caller(caller.getName(), roles);
    }
}
