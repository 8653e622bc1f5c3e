package org.marketplace.complaints.web.login.demo;

import org.marketplace.complaints.web.login.LoginMode;
import org.marketplace.complaints.web.routing.CredentialRelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** complaints.web.login=demo (the default): the demo accounts, relayed to the services as HTTP Basic. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "complaints.web", name = "login", havingValue = "demo", matchIfMissing = true)
class DemoLoginConfig {

    @Bean
    LoginMode demoLogin() {
        return new DemoLogin();
    }

    @Bean
    CredentialRelay basicRelay() {
        return DemoCredentials.relay();
    }

    @Bean
    DemoSessions demoSessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
        return new DemoSessions(contexts, csrfTokens);
    }
}
