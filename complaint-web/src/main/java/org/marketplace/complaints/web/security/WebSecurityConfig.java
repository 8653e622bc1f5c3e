package org.marketplace.complaints.web.security;

import org.marketplace.complaints.web.login.LoginMode;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser's session: a login (demo or OIDC, see LoginMode) is kept in the server-side HTTP session behind an
 * HttpOnly cookie; /api calls need one. Because a cookie is sent by the browser on its own, every change (POST, PUT,
 * PATCH, DELETE on /api and /auth, the login included) must also prove it comes from the app: the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginMode login, ProblemResponses problems, CsrfTokenRepository csrfTokens,
                            SecurityContextRepository contexts, ServerProperties server) throws Exception {
        login.configure(http);
        return http
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler()))
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/api/**").authenticated()
                        // the app, its files, /auth/* (which answer 401 themselves) and health
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .logout(logout -> logout.logoutUrl("/auth/logout")
                        .logoutSuccessHandler(new SignedOut(csrfTokens))
                        .deleteCookies(sessionCookie(server)))
                .requestCache(cache -> cache.disable())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }

    /** XSRF-TOKEN, readable by the app's script (that is the point); header X-XSRF-TOKEN. */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** Shared with the demo login, which signs the caller in itself. */
    @Bean
    SecurityContextRepository securityContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    private static String sessionCookie(ServerProperties server) {
        String name = server.getServlet().getSession().getCookie().getName();
        return name == null ? "JSESSIONID" : name;
    }
}
