package org.marketplace.complaints.web.login.oidc;

import java.util.stream.StreamSupport;
import org.marketplace.complaints.web.login.CallerLookup;
import org.marketplace.complaints.web.login.LoginMode;
import org.marketplace.complaints.web.routing.CredentialRelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * complaints.web.login=oidc (application-oidc.properties): one client registration of Boot's
 * spring.security.oauth2.client.* properties; every /api call carries its access token as a Bearer (Gateway's token
 * relay), refreshed when it has expired.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "complaints.web", name = "login", havingValue = "oidc")
class OidcLoginConfig {

    /** In the HTTP session, not Boot's default in-memory map by user name: the tokens end with the session (logout). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** What the token relay and /auth/me ask for a current access token (refreshing an expired one). */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    LoginMode oidcLogin(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
                        OAuth2AuthorizedClientManager tokens, CallerLookup callers) {
        return new OidcLogin(onlyRegistration(registrations), authorizedClients, tokens, callers);
    }

    @Bean
    CredentialRelay tokenRelay() {
        return TokenRelayFilterFunctions.tokenRelay()::filter;
    }

    /** Boot's repository of spring.security.oauth2.client.registration.* is iterable; the first one is the login. */
    private static String onlyRegistration(ClientRegistrationRepository registrations) {
        if (registrations instanceof Iterable<?> all) {
            return StreamSupport.stream(all.spliterator(), false).map(ClientRegistration.class::cast)
                    .map(ClientRegistration::getRegistrationId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no OIDC client registration is configured"));
        }
        throw new IllegalStateException("cannot tell the OIDC client registration: set exactly one under "
                + "spring.security.oauth2.client.registration");
    }
}
