package org.marketplace.complaints.query.security;

import org.marketplace.complaints.api.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.Map;

/**
 * The built-in demo accounts of the embedded set-up (password {@code demo} for each), switched off with
 * {@code complaints.security.demo-accounts=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaints.security.demo-accounts", havingValue = "true", matchIfMissing = true)
public class DemoAccounts {

    static final String PASSWORD = "demo";

    static final Map<String, Role> ACCOUNTS = Map.of(
            "buyer-1", Role.BUYER, "buyer-2", Role.BUYER,
            "seller-1", Role.SELLER, "seller-2", Role.SELLER,
            "arbiter-1", Role.ARBITRATOR, "arbiter-2", Role.ARBITRATOR,
            "auditor-1", Role.AUDITOR,
            "operator-1", Role.OPERATOR);

    @Bean
    InMemoryUserDetailsManager demoUsers() {
        // {noop}: a published demo password gains nothing from hashing, and Basic checks it on every request
        UserDetails[] users = ACCOUNTS.entrySet().stream()
                .map(account -> User.withUsername(account.getKey())
                        .password("{noop}" + PASSWORD)
                        .roles(account.getValue().name())
                        .build())
                .toArray(UserDetails[]::new);
        return new InMemoryUserDetailsManager(users);
    }
}
