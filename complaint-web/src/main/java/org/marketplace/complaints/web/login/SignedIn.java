package org.marketplace.complaints.web.login;

import java.util.List;

/**
 * The body of /auth/me and of a successful /auth/login: {username, roles}. The roles are the platform's (BUYER,
 * SELLER, ARBITRATOR, SUPERVISOR, AUDITOR, OPERATOR) as the services see the caller; the app only uses them to
 * pick its pages, the services still decide every call.
 */
public record SignedIn(String username, List<String> roles) {
}
