package org.marketplace.complaints.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * complaints.security.*: the built-in demo accounts are for the embedded setup only. Bearer JWTs are configured
 * with Boot's own spring.security.oauth2.resourceserver.jwt.* (issuer, JWK set, claims); only what Boot has no
 * property for is here.
 */
@ConfigurationProperties("complaints.security")
public record SecuritySettings(@DefaultValue("true") boolean demoAccounts, @DefaultValue Jwt jwt) {

    /**
     * @param keyFetchTimeout how long fetching the identity provider's JWK set (or its discovery document) may
     *                        take: Spring's default client waits forever, and a hung provider would otherwise hold
     *                        a request thread per caller whose key is not cached yet
     */
    public record Jwt(@DefaultValue("5s") Duration keyFetchTimeout) {
    }
}
