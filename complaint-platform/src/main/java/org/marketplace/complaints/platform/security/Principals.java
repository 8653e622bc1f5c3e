package org.marketplace.complaints.platform.security;

import java.util.Arrays;
import java.util.List;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller as the lifecycle knows it: the authenticated principal's name in its role (ROLE_BUYER…), never an
 * id taken from a request body. A principal with several roles (a seller who also buys) acts in the role the
 * endpoint is for ({@link #actorsOf(Authentication, Role...)}, see web.ActingAs); where two fit, the complaint
 * decides by the caller's relation to it. Without such a choice, the first of the Role enum's order.
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
        return actorsOf(auth, Role.values()).get(0);
    }

    /** The caller in each of these roles that it holds, in the order given; never empty. */
    public static List<Actor> actorsOf(Authentication auth, Role... roles) {
        if (auth == null || !auth.isAuthenticated()) {
            throw new InsufficientAuthenticationException("no authenticated caller");
        }
        List<Actor> actors = Arrays.stream(roles)
                .filter(r -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + r.name())::equals))
                .map(r -> new Actor(r, auth.getName()))
                .toList();
        if (actors.isEmpty()) {
            throw new AccessDeniedException("the caller has none of the roles " + Arrays.toString(roles));
        }
        return actors;
    }

    public static List<Actor> currentActors(Role... roles) {
        return actorsOf(SecurityContextHolder.getContext().getAuthentication(), roles);
    }
}
