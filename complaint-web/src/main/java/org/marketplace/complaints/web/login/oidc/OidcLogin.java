package org.marketplace.complaints.web.login.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.marketplace.complaints.web.login.CallerLookup;
import org.marketplace.complaints.web.login.LoginMode;
import org.marketplace.complaints.web.login.SignedIn;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * Production (profile oidc): the authorization-code flow of the marketplace's identity provider runs at this service;
 * the tokens stay in the server-side session, and the app only ever sees its session cookie. After the login the
 * browser lands on the app's start page.
 */
class OidcLogin implements LoginMode {

    private final String registrationId;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OAuth2AuthorizedClientManager tokens;
    private final CallerLookup callers;

    OidcLogin(String registrationId, OAuth2AuthorizedClientRepository authorizedClients,
              OAuth2AuthorizedClientManager tokens, CallerLookup callers) {
        this.registrationId = registrationId;
        this.authorizedClients = authorizedClients;
        this.tokens = tokens;
        this.callers = callers;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        // loginPage: the app is the login page (its button follows /auth/options' loginUrl); Spring's generated one
        // would otherwise take over GET /login
        http.oauth2Login(login -> login.loginPage("/")
                .authorizedClientRepository(authorizedClients)
                .defaultSuccessUrl("/", true)
                .failureUrl("/?login=failed"));
    }

    @Override
    public Map<String, Object> options() {
        return Map.of("mode", "oidc", "loginUrl", "/oauth2/authorization/" + registrationId);
    }

    /**
     * The roles as the services read them from the access token (GET /api/me with it), not from the ID token: the
     * app then offers exactly what the services will allow. A token that can no longer be refreshed is no session.
     */
    @Override
    public Optional<SignedIn> signedIn(HttpServletRequest request, Authentication caller) {
        if (!(caller instanceof OAuth2AuthenticationToken login)) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client;
        try {
            client = tokens.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(login.getAuthorizedClientRegistrationId()).principal(login).build());
        } catch (OAuth2AuthorizationException expired) {
            return Optional.empty();
        }
        return client == null ? Optional.empty() : callers.whoIs("Bearer " + client.getAccessToken().getTokenValue());
    }
}
