package org.marketplace.complaints.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo accounts of api.md ("Who is calling"), password "demo", when complaints.security.demo-accounts is on. */
@Configuration(proxyBeanMethods = false)
public class DemoAccounts {

    private static final Map<String, Role> ACCOUNTS = Map.of(
            "buyer-1", Role.BUYER, "buyer-2", Role.BUYER,
            "seller-1", Role.SELLER, "seller-2", Role.SELLER,
            "arbiter-1", Role.ARBITRATOR, "arbiter-2", Role.ARBITRATOR,
            "lead-1", Role.SUPERVISOR,
            "auditor-1", Role.AUDITOR,
            "operator-1", Role.OPERATOR);

    /**
     * Always a bean, empty when the demo accounts are off: otherwise Boot would invent a "user" with a random
     * password. {noop}: the password is public anyway, and hashing it per request would only slow HTTP Basic.
     */
    @Bean
    UserDetailsService userDetailsService(SecuritySettings settings) {
        List<UserDetails> users = new ArrayList<>();
        if (settings.demoAccounts()) {
            ACCOUNTS.forEach((name, role) -> users.add(
                    User.withUsername(name).password("{noop}demo").roles(role.name()).build()));
        }
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(users);
        // only its lookup: the manager is also a UserDetailsPasswordService, and with one of those Spring Security
        // "upgrades" {noop} to bcrypt at the first login, after which every request paid ~60 ms of CPU for it
        return accounts::loadUserByUsername;
    }
}
