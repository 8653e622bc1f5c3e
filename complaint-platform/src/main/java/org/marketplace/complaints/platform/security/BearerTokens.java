package org.marketplace.complaints.platform.security;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.web.client.RestTemplate;

/**
 * The OAuth2 resource-server half of the chain, for production: callers bring a JWT signed by the marketplace's
 * identity provider. Boot builds the JwtDecoder from spring.security.oauth2.resourceserver.jwt.* (signature
 * against the JWK set, expiry, and the issuer when issuer-uri is set); this class only decides who the token
 * names and how its failures are answered.
 */
final class BearerTokens {

    private BearerTokens() {
    }

    static void configure(HttpSecurity http, JwtDecoder decoder, OAuth2ResourceServerProperties.Jwt claims,
                          ProblemResponses problems) throws Exception {
        http.oauth2ResourceServer(bearer -> bearer
                .authenticationEntryPoint(problems.unauthenticated())
                .accessDeniedHandler(problems.forbidden())
                .jwt(jwt -> jwt.decoder(unavailableAsServiceFailure(decoder))
                        .jwtAuthenticationConverter(new BearerTokenCallers(claims)))
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(problems.bearerFailures());
                        return filter;
                    }
                }));
    }

    /**
     * With only issuer-uri set, Boot's decoder discovers the JWK set at the first token (not at start-up) and
     * reports a provider it cannot reach as an exception Spring Security does not expect, a 500. As a
     * JwtException it is what an unreachable JWK set already is: "could not check", answered 503.
     */
    private static JwtDecoder unavailableAsServiceFailure(JwtDecoder decoder) {
        return token -> {
            try {
                return decoder.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                throw new JwtException(unreachable.getMessage() + ": " + unreachable.getCause(), unreachable);
            }
        };
    }

    /** Spring's client for the JWK set and discovery documents waits forever unless told otherwise. */
    static RestTemplate keyFetching(SecuritySettings.Jwt settings) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.keyFetchTimeout());
        requests.setReadTimeout(settings.keyFetchTimeout());
        return new RestTemplate(requests);
    }
}
