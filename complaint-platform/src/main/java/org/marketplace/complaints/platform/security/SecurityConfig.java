package org.marketplace.complaints.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A stateless JSON API: no session, no CSRF token (there is no cookie to protect). Callers authenticate on
 * every request, with HTTP Basic while the demo accounts are on and with an OAuth2 bearer JWT once an issuer
 * or JWK set is configured (Boot then builds the JwtDecoder); both may be on at once. Health and the API docs
 * are open. Every other request is denied unless a rule lets it in: the service's endpoint table, or, for a
 * request that no handler takes at all, Spring MVC's own 404, 405 or 415 (UnservedRequests). HEAD is checked
 * as the GET it runs.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, EndpointRules endpoints, SecuritySettings settings,
                            UnservedRequests unserved, ObjectProvider<JwtDecoder> jwtDecoders,
                            ObjectProvider<OAuth2ResourceServerProperties> resourceServer) throws Exception {
        JwtDecoder jwt = jwtDecoders.getIfUnique();
        ProblemResponses problems = new ProblemResponses(json, settings.demoAccounts(), jwt != null);
        if (settings.demoAccounts()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        if (jwt != null) {
            BearerTokens.configure(http, jwt, resourceServer.getIfAvailable(OAuth2ResourceServerProperties::new).getJwt(),
                    problems);
        } else if (!settings.demoAccounts()) {
            log.warn("Neither demo accounts nor a JWT issuer are configured: every protected request will be answered "
                    + "401. Set spring.security.oauth2.resourceserver.jwt.issuer-uri (and jwk-set-uri).");
        }
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**",
                            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll();
                    // CallerController: any caller may ask who they are, whatever their role (or none)
                    rules.requestMatchers(HttpMethod.GET, "/api/me").authenticated();
                    endpoints.apply(rules);
                    // a caller learns that a path or method does not exist, never what a rule protects
                    rules.requestMatchers(unserved).authenticated();
                    rules.anyRequest().denyAll();
                    rules.withObjectPostProcessor(HeadAsGet.forTheRuleTable());
                })
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** Applied by Boot to the JwtDecoder it builds from a jwk-set-uri or an issuer-uri. */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer keyFetchTimeout(SecuritySettings settings) {
        return builder -> builder.restOperations(BearerTokens.keyFetching(settings.jwt()));
    }

    @Bean
    ProblemTranslator callerProblems() {
        return ProblemResponses.translator();
    }

    @Bean
    UnservedRequests unservedRequests(ListableBeanFactory beans) {
        return new UnservedRequests(beans);
    }

    /** Spring Security's WebSecurity takes the firewall's handler from the context. */
    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json, UnservedRequests unserved) {
        return new RejectedRequests(json, unserved);
    }

    @Bean
    ProblemTranslator rejectedRequestProblems() {
        return RejectedRequests.translator();
    }
}
