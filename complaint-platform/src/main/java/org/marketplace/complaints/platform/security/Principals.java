package org.marketplace.complaints.platform.security;

import java.util.Arrays;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller as the lifecycle knows it: the authenticated principal's name in its role (ROLE_BUYER…), never an
 * id taken from a request body. A principal with several roles acts in the first of the Role enum's order;
 * the endpoint rules have already let it in.
 * <p>
 * A caller with no role we know (a bearer token whose roles claim is missing or names none of ours) is who it
 * says it is, but may do nothing here: 403, as the endpoint rules answer it before any controller is reached.
 */
public final class Principals {

    private Principals() {
    }

    public static Actor currentActor() {
        return actorOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Actor actorOf(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            throw new InsufficientAuthenticationException("no authenticated caller");
        }
        Role role = Arrays.stream(Role.values())
                .filter(r -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + r.name())::equals))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("the caller has no role"));
        return new Actor(role, auth.getName());
    }
}
