package org.marketplace.complaints.query.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.marketplace.complaints.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Which role may call which endpoint: the query-service table of api.md. Whether a buyer or seller is a party
 * to the complaint they ask about is the read model's call: they only ever see their own rows.
 */
@Component
class EndpointRoles implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/my/complaints").hasRole("BUYER")
                .requestMatchers(GET, "/api/shop/complaints").hasRole("SELLER")
                .requestMatchers(GET, "/api/complaints/*")
                .hasAnyRole("BUYER", "SELLER", "ARBITRATOR", "SUPERVISOR", "AUDITOR")
                .requestMatchers(GET, "/api/arbitration/queue").hasAnyRole("ARBITRATOR", "SUPERVISOR")
                .requestMatchers("/api/audit/**").hasRole("AUDITOR")
                .requestMatchers(GET, "/api/ops/**").hasRole("OPERATOR")
                .requestMatchers(POST, "/api/ops/**").hasRole("OPERATOR");
    }
}
