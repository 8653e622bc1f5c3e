package org.marketplace.complaints.command.security;

import static org.springframework.http.HttpMethod.POST;

import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.platform.security.EndpointRules;
import org.springframework.stereotype.Component;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role may call which endpoint: the command-service table of api.md, line by line. Checked before the
 * body is read, so a wrong role is a 403 even with a bad body. Whether the caller is *this* complaint's
 * buyer, seller or assigned arbitrator is the aggregate's call (NOT_A_PARTY, NOT_ASSIGNED, ALREADY_ASSIGNED).
 */
@Component
class EndpointRoles implements EndpointRules {

    private static final String ONE = "/api/complaints/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(POST, "/api/complaints").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/evidence").hasAnyRole(name(Role.BUYER), name(Role.SELLER))
                .requestMatchers(POST, ONE + "/seller-response").hasRole(name(Role.SELLER))
                .requestMatchers(POST, ONE + "/settlement-offers").hasRole(name(Role.SELLER))
                .requestMatchers(POST, ONE + "/settlement-offers/*/acceptance").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/settlement-offers/*/decline").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/withdrawal").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/settlement-unfulfilled").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/intervention-request").hasAnyRole(name(Role.BUYER), name(Role.SELLER))
                .requestMatchers(POST, ONE + "/assignment").hasAnyRole(name(Role.ARBITRATOR), name(Role.SUPERVISOR))
                .requestMatchers(POST, ONE + "/assignment/release").hasRole(name(Role.ARBITRATOR))
                .requestMatchers(POST, ONE + "/evidence-requests").hasRole(name(Role.ARBITRATOR))
                .requestMatchers(POST, ONE + "/withdrawal-suggestion").hasRole(name(Role.ARBITRATOR))
                .requestMatchers(POST, ONE + "/withdrawal-suggestion/decline").hasRole(name(Role.BUYER))
                .requestMatchers(POST, ONE + "/withdrawal-requests/*/decision").hasRole(name(Role.ARBITRATOR))
                .requestMatchers(POST, ONE + "/ruling").hasRole(name(Role.ARBITRATOR))
                .requestMatchers(POST, ONE + "/reconsideration").hasAnyRole(name(Role.BUYER), name(Role.SELLER))
                .requestMatchers(POST, ONE + "/reconsideration/decision").hasRole(name(Role.ARBITRATOR));
    }

    private static String name(Role role) {
        return role.name();
    }
}
